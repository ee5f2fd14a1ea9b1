package org.estatecare.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.nimbusds.jose.util.JSONObjectUtils;

/**
 * The realm as code and its development additions ({@code deploy/keycloak}), bundled with the stack:
 * {@code estatecare-realm.json} and {@code dev-users.json}.
 */
public final class RealmFiles {

    public static final String REALM = "keycloak/estatecare-realm.json";
    public static final String DEVELOPMENT = "keycloak/dev-users.json";
    private static final Pattern PLACEHOLDER = Pattern.compile("^\\$\\{([^:}]*):(.*)}$");

    private RealmFiles() {
    }

    /** One of the two files, parsed. */
    public static Map<String, Object> json(String file) {
        try (InputStream in = RealmFiles.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " not found on the class path");
            }
            return JSONObjectUtils.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException(file + " is not valid JSON", e);
        }
    }

    /**
     * The secret of a confidential client of either file, resolved as Keycloak resolves it on import:
     * {@code ${ESTATECARE_X_SECRET:dev-x-secret}} is the variable's value where it is set, else the
     * development default.
     */
    @SuppressWarnings("unchecked")
    public static String clientSecret(String clientId) {
        for (String file : List.of(REALM, DEVELOPMENT)) {
            for (Object client : (List<Object>) json(file).getOrDefault("clients", List.of())) {
                Map<String, Object> c = (Map<String, Object>) client;
                if (clientId.equals(c.get("clientId")) && c.get("secret") != null) {
                    return resolve((String) c.get("secret"));
                }
            }
        }
        throw new IllegalArgumentException("no confidential client " + clientId + " in deploy/keycloak");
    }

    static String resolve(String placeholder) {
        Matcher variable = PLACEHOLDER.matcher(placeholder);
        if (!variable.matches()) {
            return placeholder;
        }
        String set = System.getenv(variable.group(1));
        return set == null || set.isBlank() ? variable.group(2) : set;
    }
}
