package org.estatecare.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
     * The realm as the local stack, the tests and compose import it: the realm as code plus the
     * development users and clients, the development secrets of the realm's confidential clients
     * ({@code clientSecrets}; the realm as shipped carries none) and the development password policy
     * ({@code passwordPolicy}). Placeholders stay for Keycloak.
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> merged() {
        Map<String, Object> realm = json(REALM);
        Map<String, Object> dev = json(DEVELOPMENT);
        for (String part : List.of("users", "clients")) {
            List<Object> merged = new ArrayList<>((List<Object>) realm.getOrDefault(part, List.of()));
            merged.addAll((List<Object>) dev.getOrDefault(part, List.of()));
            realm.put(part, merged);
        }
        // the development realm's password policy: its users' known passwords hashed cheaply
        if (dev.containsKey("passwordPolicy")) {
            realm.put("passwordPolicy", dev.get("passwordPolicy"));
        }
        Map<String, Object> secrets = (Map<String, Object>) dev.getOrDefault("clientSecrets", Map.of());
        List<Object> clients = new ArrayList<>();
        for (Object entry : (List<Object>) realm.get("clients")) {
            Map<String, Object> client = new LinkedHashMap<>((Map<String, Object>) entry);
            Object secret = secrets.get(client.get("clientId"));
            if (secret != null) {
                client.put("secret", secret);
            }
            clients.add(client);
        }
        realm.put("clients", clients);
        return realm;
    }

    /**
     * The development secret of a confidential client, resolved as Keycloak resolves it on import:
     * {@code ${ESTATECARE_X_SECRET:dev-x-secret}} is the variable's value where it is set, else the
     * development default.
     */
    @SuppressWarnings("unchecked")
    public static String clientSecret(String clientId) {
        for (Object client : (List<Object>) merged().get("clients")) {
            Map<String, Object> c = (Map<String, Object>) client;
            if (clientId.equals(c.get("clientId")) && c.get("secret") != null) {
                return resolve((String) c.get("secret"));
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
