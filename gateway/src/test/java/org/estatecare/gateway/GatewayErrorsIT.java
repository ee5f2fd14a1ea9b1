package org.estatecare.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.estatecare.local.DevTokenIssuer;
import org.estatecare.testing.TestHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every refusal of the gateway itself is RFC 9457 problem+json with a body and a stable type, in our
 * words (no Java names): no or a bad token, path traversal, an over-long URL, an unknown route, a wrong
 * method, a body too large, a caller over its rate. And the OpenAPI documents it serves name its own
 * address: it passes X-Forwarded-* on to the service. Tokens come from the development issuer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayErrorsIT {

    static final DevTokenIssuer ISSUER = DevTokenIssuer.startEphemeral();
    static final StubService REGISTRY = new StubService();
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", ISSUER::issuer);
        REGISTRY.standInForEveryService(registry);
        registry.add("estatecare.gateway.rate-limit.requests-per-second", () -> "2");
        registry.add("estatecare.gateway.rate-limit.burst", () -> "5");
    }

    @AfterAll
    static void stop() {
        REGISTRY.close();
        ISSUER.close();
    }

    /** A fresh caller per test: each has its own rate-limit bucket. */
    static String token() {
        return ISSUER.token("gw-" + UUID.randomUUID(), List.of("district-admin"), Map.of());
    }

    HttpResponse<String> send(String method, String path, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            return TestHttp.send(HTTP, request.build());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode assertProblem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).as(response.uri().toString())
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(response.body()).as("a body").isNotBlank();
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("type").asString()).isEqualTo("https://estatecare.org/problems/" + type);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(response.body()).as("no Java names").doesNotContainPattern("\\b(java|javax|jakarta|org\\.springframework|reactor|io\\.netty)\\.[a-z]")
                .doesNotContain("Exception");
        return problem;
    }

    @Test
    @DisplayName("no token: 401 with the Bearer challenge and a problem body")
    void noTokenIs401ProblemWithABody() {
        HttpResponse<String> response = send("GET", "/api/estates", null, null);

        assertProblem(response, 401, "unauthorized");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    }

    @Test
    @DisplayName("a token that is not valid: 401 with the invalid_token challenge and a problem body")
    void aBadTokenIs401ProblemWithABody() {
        HttpResponse<String> garbage = send("GET", "/api/estates", "not.a.token", null);
        HttpResponse<String> foreign = send("GET", "/api/estates",
                DevTokenIssuer.signWithForeignKey(ISSUER.claims("x", List.of("district-admin"), java.time.Instant.now(),
                        Duration.ofMinutes(5)).build()), null);

        for (HttpResponse<String> response : List.of(garbage, foreign)) {
            assertProblem(response, 401, "unauthorized");
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).contains("invalid_token"));
        }
        assertThat(send("GET", "/api/estates", token(), null).statusCode()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/../v3/api-docs/registry", "/api/%2e%2e/x", "/api/estates/%2e%2e/%2e%2e/actuator",
            "/api/estates/..%2f..%2fx", "/api/estates/%2F..", "/api/estates/a%00b", "/api/estates/;x=1/"})
    @DisplayName("path traversal and encoded separators are 400 problem+json, never routed")
    void pathTraversalIs400Problem(String path) {
        assertProblem(send("GET", path, token(), null), 400, "validation");
    }

    @Test
    void anOverlongUrlIs414Problem() {
        assertProblem(send("GET", "/api/estates?name=" + "x".repeat(10_000), token(), null), 414, "uri-too-long");
        assertThat(send("GET", "/api/estates?name=" + "x".repeat(2_000), token(), null).statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownRouteIs404Problem() {
        JsonNode problem = assertProblem(send("GET", "/api/nothing-here", token(), null), 404, "not-found");
        assertThat(problem.path("title").asString()).isNotBlank();
    }

    @Test
    void aMethodTheGatewayDoesNotServeIs405Problem() {
        assertProblem(send("POST", "/v3/api-docs/swagger-config", token(), "{}"), 405, "method-not-allowed");
    }

    @Test
    void aBodyTooLargeIs413Problem() {
        assertProblem(send("POST", "/api/estates", token(), "\"" + "x".repeat(300 * 1024) + "\""), 413, "payload-too-large");
    }

    @Test
    void afterA413TheSameConnectionServesTheNextRequests() {
        String token = token();
        for (int i = 0; i < 20; i++) {
            assertProblem(send("POST", "/api/estates", token, "\"" + "x".repeat(300 * 1024) + "\""), 413, "payload-too-large");
            assertThat(send("GET", "/v3/api-docs/swagger-config", null, null).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aCallerOverItsRateIs429ProblemWithRetryAfter() {
        String busy = token();
        List<HttpResponse<String>> burst = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            burst.add(send("GET", "/api/estates", busy, null));
        }

        HttpResponse<String> limited = burst.stream().filter(r -> r.statusCode() == 429).findFirst().orElseThrow();
        assertProblem(limited, 429, "rate-limited");
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    @DisplayName("the OpenAPI documents are fetched with X-Forwarded-*, so they name the gateway's address as their server")
    void theDocumentsAreFetchedWithTheGatewaysAddress() {
        HttpResponse<String> docs = send("GET", "/v3/api-docs/registry", null, null);

        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(REGISTRY.docsHeaders).containsEntry("x-forwarded-proto", "http")
                .containsEntry("x-forwarded-port", String.valueOf(port));
        assertThat(REGISTRY.docsHeaders.get("x-forwarded-host")).startsWith("127.0.0.1:" + port);
    }
}
