package org.estatecare.kit.persistence;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoCredential;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.core.Ordered;

/**
 * The service's own MongoDB user, given apart from the URI ({@code MONGODB_USERNAME}, {@code MONGODB_PASSWORD},
 * e.g. each from a Kubernetes Secret): the password is never written into a connection string, so it may hold
 * any character ({@code @ : / %} break a URI). The user is looked up in the URI's {@code authSource}, else in the
 * service's own database. Applied after the URI, which then must carry no credentials of its own.
 */
public final class MongoCredentials implements MongoClientSettingsBuilderCustomizer, Ordered {

    private final String username;
    private final String password;
    private final String uri;
    private final String database;

    public MongoCredentials(String username, String password, String uri, String database) {
        this.username = username;
        this.password = password;
        this.uri = uri;
        this.database = database;
    }

    @Override
    public void customize(MongoClientSettings.Builder settings) {
        if (username == null || username.isBlank()) {
            return;
        }
        if (password == null || password.isEmpty()) {
            throw new IllegalStateException("MONGODB_USERNAME is set without MONGODB_PASSWORD");
        }
        ConnectionString connection = new ConnectionString(uri);
        if (connection.getCredential() != null) {
            throw new IllegalStateException("MONGODB_USERNAME is set and MONGODB_URI carries credentials too: give them one way");
        }
        settings.credential(MongoCredential.createCredential(username, authSource(uri, database), password.toCharArray()));
    }

    /** The URI's {@code authSource} option, else the service's database. */
    static String authSource(String uri, String database) {
        int query = uri.indexOf('?');
        if (query >= 0) {
            for (String option : uri.substring(query + 1).split("[&;]")) {
                int equals = option.indexOf('=');
                if (equals > 0 && option.substring(0, equals).equalsIgnoreCase("authSource")) {
                    return URLDecoder.decode(option.substring(equals + 1), StandardCharsets.UTF_8);
                }
            }
        }
        return database;
    }

    /** After Boot's own customizer, which applies the connection string. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public String toString() {
        return "MongoCredentials[username=" + username + ", password=(secret)]";
    }
}
