package org.estatecare.kit.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoCredential;
import org.junit.jupiter.api.Test;

class MongoCredentialsTest {

    static MongoCredential applied(MongoCredentials credentials, String uri) {
        MongoClientSettings.Builder settings = MongoClientSettings.builder().applyConnectionString(new ConnectionString(uri));
        credentials.customize(settings);
        return settings.build().getCredential();
    }

    @Test
    void aPasswordThatWouldBreakAUriIsGivenAsItIsToTheServicesOwnDatabase() {
        String uri = "mongodb://mongo-0.db:27017,mongo-1.db:27017/agreements?replicaSet=rs0&tls=true";
        String password = "p@ss:w/rd%41?#";

        MongoCredential credential = applied(new MongoCredentials("agreements", password, uri, "agreements"), uri);

        assertThat(credential.getUserName()).isEqualTo("agreements");
        assertThat(credential.getPassword()).isEqualTo(password.toCharArray());
        assertThat(credential.getSource()).isEqualTo("agreements");
    }

    @Test
    void theUriMayNameWhereTheUserIsDefined() {
        String uri = "mongodb+srv://cluster0.db.example/?retryWrites=true&authSource=admin";
        assertThat(MongoCredentials.authSource(uri, "complaints")).isEqualTo("admin");
        assertThat(MongoCredentials.authSource("mongodb://db/complaints", "complaints")).isEqualTo("complaints");
    }

    @Test
    void withoutAUserTheUriIsAsItIsAndCredentialsAreGivenOneWayOnly() {
        assertThat(applied(new MongoCredentials("", "", "mongodb://db", "x"), "mongodb://u:p@db/x").getUserName()).isEqualTo("u");
        assertThat(applied(new MongoCredentials(null, null, "mongodb://db", "x"), "mongodb://db/x")).isNull();
        assertThatThrownBy(() -> applied(new MongoCredentials("u", "p", "mongodb://v:q@db/x", "x"), "mongodb://v:q@db/x"))
                .hasMessageContaining("one way");
        assertThatThrownBy(() -> applied(new MongoCredentials("u", "", "mongodb://db/x", "x"), "mongodb://db/x"))
                .hasMessageContaining("MONGODB_PASSWORD");
        assertThat(new MongoCredentials("u", "secret-value", "mongodb://db", "x").toString()).doesNotContain("secret-value");
    }
}
