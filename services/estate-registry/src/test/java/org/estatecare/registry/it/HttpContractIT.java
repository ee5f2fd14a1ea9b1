package org.estatecare.registry.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.nimbusds.jwt.JWTClaimsSet;
import org.estatecare.local.DevTokenIssuer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

/** The HTTP conventions every service shares, proven on the registry. */
class HttpContractIT extends RegistryIntegrationTest {

    @Autowired
    MongoTemplate mongo;

    long estateCount() {
        return mongo.count(new Query(), "estate");
    }

    @Test
    void sameIdempotencyKeyDoesTheWorkOnce() {
        String name = uniqueName("idempotent");
        Api admin = as("admin").header("Idempotency-Key", "register-" + name);
        long before = estateCount();

        Api.Response first = admin.post("/api/estates", estateJson(name, "chunhua", "chunhua-xinhua", ELIGIBLE));
        Api.Response replay = admin.post("/api/estates", estateJson(name, "chunhua", "chunhua-xinhua", ELIGIBLE));

        assertThat(first.status()).isEqualTo(201);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.id()).isEqualTo(first.id());
        assertThat(replay.header("Location")).isEqualTo(first.header("Location"));
        assertThat(estateCount()).isEqualTo(before + 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> !ESTATE_EVENTS.of(first.id()).isEmpty());
        assertThat(ESTATE_EVENTS.of(first.id())).hasSize(1);
    }

    @Test
    void sameIdempotencyKeyWithAnotherBodyIsRefused() {
        String key = "key-" + uniqueName("reuse");
        Api admin = as("admin").header("Idempotency-Key", key);
        admin.post("/api/estates", estateJson(uniqueName("one"), "chunhua", "chunhua-xinhua", ELIGIBLE));
        long before = estateCount();

        Api.Response other = admin.post("/api/estates", estateJson(uniqueName("two"), "chunhua", "chunhua-xinhua", ELIGIBLE));

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.json().path("type").asString()).isEqualTo("https://estatecare.org/problems/idempotency-key-reused");
        assertThat(estateCount()).isEqualTo(before);
    }

    @Test
    void aRefusedRequestIsNotKeptSoTheCallerCanFixItAndRetryWithTheSameKey() {
        Api admin = as("admin").header("Idempotency-Key", "fix-" + uniqueName("k"));
        String name = uniqueName("fixed");

        assertThat(admin.post("/api/estates", estateJson(name, "nowhere", "chunhua-xinhua", ELIGIBLE)).status()).isEqualTo(422);
        Api.Response fixed = admin.post("/api/estates", estateJson(name, "chunhua", "chunhua-xinhua", ELIGIBLE));
        Api.Response replay = admin.post("/api/estates", estateJson(name, "chunhua", "chunhua-xinhua", ELIGIBLE));

        assertThat(fixed.status()).isEqualTo(201);
        assertThat(fixed.header("Idempotent-Replayed")).isNull();
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.id()).isEqualTo(fixed.id());
    }

    @Test
    void aKeyLeftInProgressByACrashedRequestIsTakenOverLater() throws Exception {
        String key = "crashed-" + uniqueName("k");
        String body = estateJson(uniqueName("crash"), "chunhua", "chunhua-xinhua", ELIGIBLE);
        String subject = java.util.UUID.nameUUIDFromBytes("admin".getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
        var sha = java.security.MessageDigest.getInstance("SHA-256");
        String id = java.util.HexFormat.of().formatHex(sha.digest((subject + "\nPOST\n/api/estates\n" + key)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        String requestHash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest((body + "\nnull").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        Api admin = as("admin").header("Idempotency-Key", key);

        mongo.insert(new org.bson.Document("_id", id).append("state", "IN_PROGRESS").append("requestHash", requestHash)
                .append("createdAt", java.util.Date.from(Instant.now().minusSeconds(30))), "idempotency_keys");
        assertThat(admin.post("/api/estates", body).status()).as("recent claim: still running").isEqualTo(409);

        mongo.getCollection("idempotency_keys").updateOne(new org.bson.Document("_id", id), new org.bson.Document("$set",
                new org.bson.Document("createdAt", java.util.Date.from(Instant.now().minus(Duration.ofMinutes(5))))));
        assertThat(admin.post("/api/estates", body).status()).as("abandoned claim: taken over").isEqualTo(201);
    }

    @Test
    void staleIfMatchIsRefusedWith412AndChangesNothing() {
        Api admin = as("admin");
        Api.Response created = admin.post("/api/estates", estateJson(uniqueName("etag"), "chunhua", "chunhua-xinhua", ELIGIBLE));
        String id = created.id();
        String etag = created.header("ETag");
        Api.Response changed = admin.header("If-Match", etag)
                .put("/api/estates/" + id, estateJson("新名字", "chunhua", "chunhua-xinhua", ELIGIBLE));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.header("ETag")).isNotEqualTo(etag);

        Api.Response stale = admin.header("If-Match", etag)
                .put("/api/estates/" + id, estateJson("旧版本覆盖", "chunhua", "chunhua-xinhua", ELIGIBLE));
        Api.Response staleCommand = admin.header("If-Match", etag)
                .post("/api/estates/" + id + "/takeover-acceptance", takeover("2026-01-10"));

        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().path("type").asString()).isEqualTo("https://estatecare.org/problems/stale-version");
        assertThat(staleCommand.status()).isEqualTo(412);
        JsonNode now = admin.get("/api/estates/" + id).json();
        assertThat(now.path("name").asString()).isEqualTo("新名字");
        assertThat(now.path("status").path("code").asString()).isEqualTo("REGISTERED");
    }

    @Test
    void replacingWithoutIfMatchIsRefusedWith428() {
        Api admin = as("admin");
        String id = admin.post("/api/estates", estateJson(uniqueName("428"), "chunhua", "chunhua-xinhua", ELIGIBLE)).id();

        Api.Response response = admin.put("/api/estates/" + id, estateJson("x", "chunhua", "chunhua-xinhua", ELIGIBLE));

        assertThat(response.status()).isEqualTo(428);
        assertThat(response.json().path("type").asString()).isEqualTo("https://estatecare.org/problems/precondition-required");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"name\": \"broken\"",                                  // malformed JSON
            "{\"name\": \"x\", \"street\": \"chunhua\", \"unexpected\": 1}", // unknown field
            "{\"name\": \"\", \"street\": \"chunhua\"}",              // missing and blank fields
            "[1, 2, 3]"})
    void badBodiesAreRefusedWith400AndNothingIsStored(String body) {
        long before = estateCount();

        Api.Response response = as("admin").post("/api/estates", body);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(estateCount()).isEqualTo(before);
    }

    @Test
    void unknownFieldIsNamed() {
        String body = estateJson("x", "chunhua", "chunhua-xinhua", ELIGIBLE).replace("\"note\"", "\"nickname\": \"y\", \"note\"");

        JsonNode problem = as("admin").post("/api/estates", body).json();

        assertThat(problem.path("type").asString()).isEqualTo("https://estatecare.org/problems/unknown-field");
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("nickname");
    }

    @Test
    void validationNamesEachField() {
        JsonNode problem = as("admin").header("Accept-Language", "en").post("/api/estates",
                estateJson("", "chunhua", "chunhua-xinhua", ELIGIBLE).replace("\"households\": 480", "\"households\": 0")).json();

        assertThat(problem.path("type").asString()).isEqualTo("https://estatecare.org/problems/validation");
        assertThat(problem.path("errors")).extracting(e -> e.path("field").asString()).contains("name", "households");
    }

    @Test
    void oversizedBodyIsRefusedWith413AndNothingIsStored() {
        long before = estateCount();
        String huge = estateJson(uniqueName("big"), "chunhua", "chunhua-xinhua", ELIGIBLE)
                .replace("registered in a test", "x".repeat(300 * 1024));

        Api.Response response = as("admin").post("/api/estates", huge);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.json().path("type").asString()).isEqualTo("https://estatecare.org/problems/payload-too-large");
        assertThat(estateCount()).isEqualTo(before);
    }

    @Test
    void missingTokenGets401WithBearerChallenge() {
        Api.Response response = anonymous().get("/api/estates");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void forgedExpiredWrongAudienceAndUnsignedTokensGet401() {
        JWTClaimsSet valid = tokens().claims("admin", List.of("district-admin"), Instant.now(), Duration.ofMinutes(5)).build();
        JWTClaimsSet expired = tokens().claims("admin", List.of("district-admin"), Instant.now().minus(Duration.ofHours(2)),
                Duration.ofMinutes(5)).build();
        JWTClaimsSet otherAudience = tokens().claims("admin", List.of("district-admin"), Instant.now(), Duration.ofMinutes(5))
                .audience("some-other-api").build();
        JWTClaimsSet otherIssuer = tokens().claims("admin", List.of("district-admin"), Instant.now(), Duration.ofMinutes(5))
                .issuer("http://127.0.0.1:1/realms/elsewhere").build();
        String unsigned = new com.nimbusds.jwt.PlainJWT(valid).serialize();

        assertThat(withToken(tokens().sign(valid)).get("/api/estates").status()).isEqualTo(200);
        for (String token : List.of(DevTokenIssuer.signWithForeignKey(valid), tokens().sign(expired),
                tokens().sign(otherAudience), tokens().sign(otherIssuer), unsigned)) {
            assertThat(withToken(token).get("/api/estates").status()).isEqualTo(401);
        }
    }

    @Test
    void rolesWithoutRegistryAccessGet403() {
        assertThat(as("resident").get("/api/estates").status()).isEqualTo(403);
        assertThat(as("auditor").post("/api/estates", estateJson(uniqueName("audit"), "chunhua", "chunhua-xinhua", ELIGIBLE))
                .status()).isEqualTo(403);
        assertThat(withToken(tokens().token("no-roles", List.of(), Map.of())).get("/api/estates").status()).isEqualTo(403);
    }

    @Test
    void metricsShowTheOutboxAndRequests() {
        as("admin").get("/api/estates?size=1");

        String metrics = actuators().get("/actuator/prometheus").body();

        assertThat(metrics).contains("estatecare_outbox_backlog{", "estatecare_outbox_relay_lag_seconds{",
                "estatecare_outbox_published_total{", "http_server_requests_seconds_count{",
                "application=\"estate-registry\"");
    }

    @Test
    void openApiDescribesEveryCommand() {
        JsonNode paths = anonymous().get("/v3/api-docs").json().path("paths");

        assertThat(paths.propertyNames()).contains("/api/estates", "/api/estates/{id}", "/api/estates/{id}/history",
                "/api/estates/{id}/takeover-acceptance", "/api/estates/{id}/filing", "/api/estates/{id}/inclusion",
                "/api/estates/{id}/non-inclusion", "/api/estates/{id}/exit", "/api/estates/{id}/management-mode",
                "/api/estates/{id}/management-committee", "/api/estates/{id}/maintenance",
                "/api/estates/statistics/by-street-and-status", "/api/streets", "/api/codes/estates",
                "/api/estates/{id}/exit-applications", "/api/estates/{id}/exit-applications/{applicationId}/approval",
                "/api/estates/{id}/exit-applications/{applicationId}/refusal",
                "/api/estates/{id}/exit-applications/{applicationId}/withdrawal", "/api/estates/exit-applications/pending");
    }

    @Test
    void noOperationListsTheCallerAsAParameter() {
        JsonNode paths = anonymous().get("/v3/api-docs").json().path("paths");
        List<String> parameters = new java.util.ArrayList<>();
        for (String path : paths.propertyNames()) {
            for (JsonNode operation : paths.path(path)) {
                for (JsonNode parameter : operation.path("parameters")) {
                    parameters.add(path + " " + parameter.path("name").asString());
                }
            }
        }

        assertThat(parameters).isNotEmpty().noneMatch(p -> p.endsWith(" caller"));
    }

    @Test
    void theExitRequestSchemaIsTheOneTheApiAccepts() {
        JsonNode api = anonymous().get("/v3/api-docs").json();

        String ref = api.path("paths").path("/api/estates/{id}/exit").path("post").path("requestBody").path("content")
                .path("application/json").path("schema").path("$ref").asString();
        String name = ref.substring(ref.lastIndexOf('/') + 1);
        assertThat(api.path("components").path("schemas").path(name).path("properties").propertyNames())
                .containsExactlyInAnyOrder("reason", "effectiveDate", "documents", "note");
    }

    @Test
    void healthProbesAreOpenOnTheManagementPort() {
        assertThat(actuators().get("/actuator/health/readiness").status()).isEqualTo(200);
        assertThat(actuators().get("/actuator/health/liveness").status()).isEqualTo(200);
    }

    @Test
    void theApiPortServesNoActuator() {
        assertThat(managementPort).isNotEqualTo(port);
        for (String path : List.of("/actuator/prometheus", "/actuator/health", "/actuator/deadletters", "/actuator")) {
            Api.Response anonymousCall = anonymous().get(path);
            assertThat(anonymousCall.status()).as(path).isIn(401, 404);
            assertThat(anonymousCall.body()).doesNotContain("jvm_memory", "estatecare_outbox");
            Api.Response adminCall = as("admin").get(path);
            assertThat(adminCall.status()).as(path).isEqualTo(404);
            assertThat(adminCall.body()).doesNotContain("jvm_memory", "estatecare_outbox");
        }
    }

    @Test
    void deadLettersAreListedAndReplayedByDistrictAdministratorsOnly() {
        assertThat(actuators().get("/actuator/deadletters").status()).isEqualTo(401);
        assertThat(actuatorsAs("chunhua-officer").get("/actuator/deadletters").status()).isEqualTo(403);
        assertThat(actuatorsAs("chunhua-officer").post("/actuator/deadletters/agreements.v1", "").status()).isEqualTo(403);

        Api.Response listing = actuatorsAs("admin").get("/actuator/deadletters");
        assertThat(listing.status()).isEqualTo(200);
        assertThat(listing.json().path("topics").findValuesAsString("topic"))
                .containsExactlyInAnyOrder("agreements.v1", "assessments.v1", "subsidies.v1");
        assertThat(listing.json().path("topics").findValuesAsString("deadLetterTopic")).contains("agreements.v1.dlt");

        Api.Response replay = actuatorsAs("admin").post("/actuator/deadletters/agreements.v1", "");
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.json().path("replayed").isInt()).isTrue();
        assertThat(actuatorsAs("admin").post("/actuator/deadletters/estates.v1", "").status())
                .as("the registry publishes estates.v1, it does not consume it").isEqualTo(404);
    }

    @Test
    void correlationIdIsReturned() {
        assertThat(as("admin").header("X-Correlation-Id", "abc-123").get("/api/estates?size=1").header("X-Correlation-Id"))
                .isEqualTo("abc-123");
    }
}
