package org.estatecare.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalInfrastructureTest {

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void kafkaBrokerRestartsWithItsTopics(@TempDir Path dir) throws Exception {
        try (LocalKafka kafka = new LocalKafka(dir, Ports.free(), Ports.free()).start()) {
            try (Admin admin = admin(kafka)) {
                admin.createTopics(Set.of(new NewTopic("survives.v1", 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
            }
            kafka.stop();
            assertThat(kafka.isRunning()).isFalse();
            assertThat(Ports.inUse(kafka.port())).isFalse();

            kafka.start();

            try (Admin admin = admin(kafka)) {
                assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).contains("survives.v1");
            }
        }
    }

    @Test
    void fileBackedMongoKeepsDataAcrossRestarts(@TempDir Path dir) {
        Path file = dir.resolve("db.mv");
        int port = Ports.free();
        try (LocalMongo mongo = LocalMongo.fileBacked(file, port);
             MongoClient client = MongoClients.create(mongo.uri())) {
            client.getDatabase("estate-registry").getCollection("estate").insertOne(new Document("_id", "e-1").append("name", "春华里"));
        }
        assertThat(Ports.inUse(port)).isFalse();

        try (LocalMongo mongo = LocalMongo.fileBacked(file, port);
             MongoClient client = MongoClients.create(mongo.uri())) {
            Document again = client.getDatabase("estate-registry").getCollection("estate").find(new Document("_id", "e-1")).first();
            assertThat(again).isNotNull();
            assertThat(again.getString("name")).isEqualTo("春华里");
        }
    }

    @Test
    void tokenEndpointIssuesVerifiableTokensForDevelopmentUsers() throws Exception {
        try (DevTokenIssuer issuer = DevTokenIssuer.startEphemeral()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(issuer.tokenEndpoint()))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&username=chunhua-officer&password=demo"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            String token = (String) com.nimbusds.jose.util.JSONObjectUtils.parse(response.body()).get("access_token");

            String jwks = http.send(HttpRequest.newBuilder(URI.create(issuer.jwksUri())).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            SignedJWT jwt = SignedJWT.parse(token);
            assertThat(jwt.verify(new RSASSAVerifier(JWKSet.parse(jwks).getKeys().get(0).toRSAKey()))).isTrue();
            assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo(issuer.issuer());
            assertThat(jwt.getJWTClaimsSet().getAudience()).containsExactly(DevTokenIssuer.AUDIENCE);
            assertThat(jwt.getJWTClaimsSet().getStringClaim("street")).isEqualTo("chunhua");
            assertThat(jwt.getJWTClaimsSet().getJSONObjectClaim("realm_access")).isEqualTo(
                    Map.of("roles", java.util.List.of("street-officer")));
        }
    }

    @Test
    void departmentClientsGetTokensWithTheirDevelopmentSecret() throws Exception {
        try (DevTokenIssuer issuer = DevTokenIssuer.startEphemeral()) {
            HttpResponse<String> ok = http.send(HttpRequest.newBuilder(URI.create(issuer.tokenEndpoint()))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "grant_type=client_credentials&client_id=dept-housing&client_secret=dev-housing-secret"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> wrong = http.send(HttpRequest.newBuilder(URI.create(issuer.tokenEndpoint()))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "grant_type=client_credentials&client_id=dept-housing&client_secret=guess"))
                    .build(), HttpResponse.BodyHandlers.ofString());

            assertThat(ok.statusCode()).isEqualTo(200);
            SignedJWT jwt = SignedJWT.parse((String) com.nimbusds.jose.util.JSONObjectUtils.parse(ok.body()).get("access_token"));
            assertThat(jwt.getJWTClaimsSet().getStringClaim("department")).isEqualTo("housing");
            assertThat(jwt.getJWTClaimsSet().getStringClaim("azp")).isEqualTo("dept-housing");
            assertThat(jwt.getJWTClaimsSet().getJSONObjectClaim("realm_access"))
                    .isEqualTo(Map.of("roles", java.util.List.of("department-officer")));
            assertThat(wrong.statusCode()).isEqualTo(401);
        }
    }

    @Test
    void theDemoDataClientActsAsTheDistrict() throws Exception {
        try (DevTokenIssuer issuer = DevTokenIssuer.startEphemeral()) {
            HttpResponse<String> ok = http.send(HttpRequest.newBuilder(URI.create(issuer.tokenEndpoint()))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=estatecare-demo-data"
                            + "&client_secret=" + RealmFiles.clientSecret("estatecare-demo-data")))
                    .build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> asPassword = http.send(HttpRequest.newBuilder(URI.create(issuer.tokenEndpoint()))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "grant_type=password&username=service-account-estatecare-demo-data&password=demo"))
                    .build(), HttpResponse.BodyHandlers.ofString());

            assertThat(ok.statusCode()).isEqualTo(200);
            SignedJWT jwt = SignedJWT.parse((String) com.nimbusds.jose.util.JSONObjectUtils.parse(ok.body()).get("access_token"));
            assertThat(jwt.getJWTClaimsSet().getJSONObjectClaim("realm_access"))
                    .isEqualTo(Map.of("roles", java.util.List.of("district-admin")));
            assertThat(asPassword.statusCode()).as("a service account has no password").isEqualTo(401);
        }
    }

    @Test
    void wrongPasswordGetsNoToken() throws Exception {
        try (DevTokenIssuer issuer = DevTokenIssuer.startEphemeral()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(issuer.tokenEndpoint()))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&username=admin&password=wrong"))
                    .build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.body()).doesNotContain("access_token");
        }
    }

    static Admin admin(LocalKafka kafka) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()));
    }
}
