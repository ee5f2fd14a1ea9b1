package org.estatecare.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.estatecare.local.DevTokenIssuer;
import org.estatecare.local.LocalKeycloak;
import org.estatecare.local.Ports;
import org.estatecare.testing.SystemTools;
import org.estatecare.testing.TestHttp;
import org.estatecare.testing.TestInfrastructure;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway against a real Keycloak (realm as code) with tokens it issued: what gets through, what
 * is refused and how. The service behind it is a stub that reports what it received.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayIT {

    static final LocalKeycloak KEYCLOAK = TestInfrastructure.keycloak().orElse(null);
    static final StubService REGISTRY = new StubService();
    static final int CLOSED_PORT = Ports.free();
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        Assumptions.assumeTrue(KEYCLOAK != null, LocalKeycloak.unavailableReason());
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", KEYCLOAK::issuer);
        REGISTRY.standInForEveryService(registry);
        registry.add("estatecare.gateway.services.registry.timeout", () -> "1s");
        registry.add("estatecare.gateway.services.down.name", () -> "down");
        registry.add("estatecare.gateway.services.down.uri", () -> "http://127.0.0.1:" + CLOSED_PORT);
        registry.add("estatecare.gateway.services.down.paths", () -> "/api/down/**");
        registry.add("estatecare.gateway.services.down.timeout", () -> "1s");
        registry.add("estatecare.gateway.rate-limit.requests-per-second", () -> "5");
        registry.add("estatecare.gateway.rate-limit.burst", () -> "20");
        registry.add("estatecare.gateway.rate-limit.clients[0].client-id", () -> "dept-city-management");
        registry.add("estatecare.gateway.rate-limit.clients[0].requests-per-second", () -> "500");
        registry.add("estatecare.gateway.rate-limit.clients[0].burst", () -> "500");
        registry.add("estatecare.gateway.cors.allowed-origins", () -> "https://portal.example.gov.cn");
        registry.add("estatecare.gateway.clock-skew", () -> "0s");
    }

    static String password(String client, String user) {
        return token("grant_type=password&client_id=" + client + "&username=" + user + "&password=demo");
    }

    static String clientCredentials(String client, String secret) {
        return token("grant_type=client_credentials&client_id=" + client + "&client_secret=" + secret);
    }

    static String token(String form) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(KEYCLOAK.tokenEndpoint()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).path("access_token").asString();
    }

    HttpResponse<String> get(String path, String token, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return TestHttp.send(HTTP, HttpRequest.newBuilder(request, (name, value) -> true).timeout(Duration.ofSeconds(30)).build());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Autowired
    RouteLocator routeLocator;

    /** Which shipped route the gateway picks for a path, by the same predicates and order it routes with. */
    String routeFor(String method, String path) {
        var exchange = MockServerWebExchange.from(MockServerHttpRequest.method(HttpMethod.valueOf(method), path));
        return routeLocator.getRoutes().filterWhen(route -> route.getPredicate().apply(exchange)).next()
                .map(Route::getId).block(Duration.ofSeconds(5));
    }

    @Test
    void estateSubResourcesOfTheAgreementsServiceGoThereAndTheRestOfEstatesToTheRegistry() {
        assertThat(routeFor("PUT", "/api/estates/e-1/fee-class")).isEqualTo("agreements");
        assertThat(routeFor("PUT", "/api/estates/e-1/fee-collections/2026-01")).isEqualTo("agreements");
        assertThat(routeFor("POST", "/api/estates/e-1/fee-publications")).isEqualTo("agreements");
        assertThat(routeFor("GET", "/api/estates/e-1/subsidy-use-reports")).isEqualTo("agreements");
        assertThat(routeFor("POST", "/api/estates/e-1/households/hh-1/payments")).isEqualTo("agreements");
        assertThat(routeFor("GET", "/api/estates/e-1/household-arrears")).isEqualTo("agreements");
        assertThat(routeFor("POST", "/api/estates/e-1/damages/dm-1/repair")).isEqualTo("agreements");
        assertThat(routeFor("GET", "/api/agreements/a-1/history")).isEqualTo("agreements");
        assertThat(routeFor("POST", "/api/webhook-subscriptions")).isEqualTo("webhooks");
        assertThat(routeFor("POST", "/api/webhook-subscriptions/whs-1/replay")).isEqualTo("webhooks");
        assertThat(routeFor("GET", "/api/codes/webhooks")).isEqualTo("webhooks");
        assertThat(routeFor("GET", "/api/estates/e-1")).isEqualTo("registry");
        assertThat(routeFor("GET", "/api/estates/e-1/history")).isEqualTo("registry");
        assertThat(routeFor("GET", "/api/estates")).isEqualTo("registry");
        assertThat(routeFor("GET", "/open311/v2/services.json")).isEqualTo("complaints");
        assertThat(routeFor("PUT", "/api/calendar/years/2027")).isEqualTo("complaints");
        assertThat(routeFor("GET", "/api/calendar/years/2027/versions")).isEqualTo("complaints");
        assertThat(routeFor("POST", "/api/duty-divisions")).isEqualTo("complaints");
        assertThat(routeFor("POST", "/api/fire-lane-patrols")).isEqualTo("complaints");
        assertThat(routeFor("GET", "/api/fire-safety/streets/chunhua/summary")).isEqualTo("complaints");
        assertThat(routeFor("POST", "/api/duty-divisions/2027-1/revocation")).isEqualTo("complaints");
        assertThat(routeFor("POST", "/api/assessment-schemes/chunhua/versions")).isEqualTo("assessments");
        assertThat(routeFor("GET", "/api/assessments")).isEqualTo("assessments");
        assertThat(routeFor("POST", "/api/survey-answers")).isEqualTo("assessments");
        assertThat(routeFor("GET", "/api/assessment-evaluation/rankings")).isEqualTo("assessments");
        assertThat(routeFor("GET", "/api/codes/assessments")).isEqualTo("assessments");
        assertThat(routeFor("POST", "/api/joint-meetings/jm-1/action-items/1/completion")).isEqualTo("assessments");
        assertThat(routeFor("POST", "/api/district-referrals")).isEqualTo("assessments");
        assertThat(routeFor("POST", "/api/allocation-runs/run-2026-03/streets/chunhua/approval")).isEqualTo("subsidies");
        assertThat(routeFor("GET", "/api/subsidy-ledger/verification")).isEqualTo("subsidies");
        assertThat(routeFor("POST", "/api/subsidy-policy/rates")).isEqualTo("subsidies");
        assertThat(routeFor("GET", "/api/subsidy-reconciliation")).isEqualTo("subsidies");
        assertThat(routeFor("POST", "/api/audit-findings/f-1/closure")).isEqualTo("subsidies");
        assertThat(routeFor("GET", "/api/codes/subsidies")).isEqualTo("subsidies");
        assertThat(routeFor("POST", "/api/maintenance-fund-uses")).isEqualTo("subsidies");
        assertThat(routeFor("GET", "/api/maintenance-fund-uses/export.xlsx")).isEqualTo("subsidies");
    }

    @Test
    void aStreetOfficerTokenFromKeycloakIsRelayedToTheService() {
        String token = password("estatecare-cli", "chunhua-officer");
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

        HttpResponse<String> response = get("/api/estates", token, "traceparent", traceparent, "X-Correlation-Id", "corr-1");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(REGISTRY.lastHeaders).containsEntry("authorization", "Bearer " + token)
                .containsEntry("x-correlation-id", "corr-1");
        // the caller's trace goes on: same trace id, the gateway's own span as the service's parent
        assertThat(REGISTRY.lastHeaders.get("traceparent")).startsWith("00-4bf92f3577b34da6a3ce929d0e0e4736-")
                .doesNotContain("00f067aa0ba902b7").endsWith("-01");
        assertThat(response.headers().allValues("X-Correlation-Id")).as("once, though the service returns it too")
                .containsExactly("corr-1");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
    }

    @Test
    void aCallerWithoutCorrelationIdOrTraceGetsBothFromTheGateway() {
        HttpResponse<String> response = get("/api/estates", password("estatecare-cli", "chunhua-officer"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String correlation = REGISTRY.lastHeaders.get("x-correlation-id");
        assertThat(correlation).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(response.headers().firstValue("X-Correlation-Id")).contains(correlation);
        // the trace begins at the gateway (recorded or not, its context travels on)
        assertThat(REGISTRY.lastHeaders.get("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
    }

    @Test
    void theActuatorsAreOnTheManagementPortOnlyNotBehindTheFrontDoor() {
        String token = password("estatecare-cli", "admin");
        for (String path : List.of("/actuator/prometheus", "/actuator/health", "/actuator/info", "/actuator")) {
            HttpResponse<String> front = get(path, token);
            assertThat(front.statusCode()).as(path).isEqualTo(404);
            assertThat(front.body()).doesNotContain("jvm_memory", "spring_cloud_gateway", "127.0.0.1:");
        }

        HttpResponse<String> metrics = send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + managementPort + "/actuator/prometheus")).build());
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
        assertThat(send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/actuator/health/readiness"))
                .build()).statusCode()).isEqualTo(200);
    }

    @Test
    void theOperationsClientActsAsADistrictAdministratorWithItsOwnSecret() throws Exception {
        String token = clientCredentials("estatecare-operations", "dev-operations-secret");

        assertThat(JSON.readTree(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]))
                .path("realm_access").path("roles").toString()).contains("district-admin");
        assertThat(get("/api/estates", token).statusCode()).isEqualTo(200);
        HttpResponse<String> guessed = send(HttpRequest.newBuilder(URI.create(KEYCLOAK.tokenEndpoint()))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(
                        "grant_type=client_credentials&client_id=estatecare-operations&client_secret=guess")).build());
        assertThat(guessed.statusCode()).isEqualTo(401);
    }

    @Test
    void aDepartmentClientWithClientCredentialsGetsThrough() {
        HttpResponse<String> response = get("/api/estates", clientCredentials("dept-city-management", "dev-city-management-secret"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(REGISTRY.lastHeaders.get("x-correlation-id")).isNotBlank();
    }

    @Test
    void missingTokenIs401WithChallengeAndProblem() {
        HttpResponse<String> response = get("/api/estates", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().allValues("X-Correlation-Id")).as("a refusal names its correlation id too").hasSize(1);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    }

    @Test
    void anOpen311RefusalAnswersAsGeoReportInTheFormatOfThePath() {
        HttpResponse<String> json = get("/open311/v2/requests.json", null);
        assertThat(json.statusCode()).isEqualTo(401);
        assertThat(json.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        assertThat(json.body()).isEqualTo("[{\"code\":401,\"description\":\"a bearer token is required\"}]");

        HttpResponse<String> xml = get("/open311/v2/requests/r-1.xml", "not-a-token");
        assertThat(xml.statusCode()).isEqualTo(401);
        assertThat(xml.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/xml"));
        assertThat(xml.body()).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<errors><error><code>401</code>"
                + "<description>the bearer token is not valid (signature, issuer, audience or expiry)</description></error></errors>");

        assertThat(get("/api/estates", null).headers().firstValue("Content-Type"))
                .as("everything else keeps problem+json").hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    }

    @Test
    void forgedWrongIssuerUnsignedAndWrongAudienceTokensAre401() {
        String real = password("estatecare-cli", "admin");
        String[] parts = real.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"district-admin\"", "\"auditor\"");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        String unsigned = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8))
                + "." + parts[1] + ".";
        String otherIssuer;
        try (DevTokenIssuer elsewhere = DevTokenIssuer.startEphemeral()) {
            otherIssuer = elsewhere.tokenFor("admin");
        }
        String otherAudience = password("other-app", "admin");

        assertThat(get("/api/estates", real).statusCode()).isEqualTo(200);
        for (String token : List.of(forged, unsigned, otherIssuer, otherAudience)) {
            assertThat(get("/api/estates", token).statusCode()).isEqualTo(401);
        }
    }

    @Test
    void aResidentAnswersTheSurveyWithoutATokenAndNothingElseOfAssessmentsIsOpen() {
        HttpRequest.Builder answer = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/survey-answers"))
                .header("Content-Type", "application/json");

        // routed to the service (the stand-in has no such path: 404), not stopped at the gateway (401)
        assertThat(send(answer.POST(HttpRequest.BodyPublishers.ofString("{}")).build()).statusCode()).isEqualTo(404);
        assertThat(send(answer.GET().build()).statusCode()).isEqualTo(401);
        assertThat(get("/api/surveys", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/assessments", null).statusCode()).isEqualTo(401);
    }

    @Test
    void anExpiredTokenIs401() {
        String shortLived = password("estatecare-test-short-lived", "admin");
        assertThat(get("/api/estates", shortLived).statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250))
                .until(() -> get("/api/estates", shortLived).statusCode() == 401);
    }

    @Test
    void unknownRouteIs404Problem() {
        HttpResponse<String> response = get("/api/nothing-here", password("estatecare-cli", "admin"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(response.body()).path("type").asString()).isEqualTo("https://estatecare.org/problems/not-found");
    }

    @Test
    void aBurstFromOneClientIsLimitedWhileAnotherClientIsNot() {
        String busy = clientCredentials("dept-housing", "dev-housing-secret");
        String calm = password("estatecare-cli", "dwz-officer");

        List<HttpResponse<String>> burst = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            burst.add(get("/api/estates", busy));
        }
        HttpResponse<String> other = get("/api/estates", calm);

        HttpResponse<String> limited = burst.stream().filter(r -> r.statusCode() == 429).findFirst().orElseThrow();
        assertThat(burst.stream().filter(r -> r.statusCode() == 200).count()).isGreaterThanOrEqualTo(20);
        assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Integer.parseInt(v)).isPositive());
        assertThat(JSON.readTree(limited.body()).path("type").asString()).isEqualTo("https://estatecare.org/problems/rate-limited");
        assertThat(other.statusCode()).isEqualTo(200);
    }

    @Test
    void aClientWithALimitOfItsOwnIsNotHeldToTheDefaultLimit() {
        String bulk = clientCredentials("dept-city-management", "dev-city-management-secret");

        List<HttpResponse<String>> burst = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            burst.add(get("/api/estates", bulk));
        }

        // twice the default burst: the default limit (burst 20) would have refused half of them
        assertThat(burst).allSatisfy(response -> assertThat(response.statusCode()).isEqualTo(200));
    }

    @Test
    void aStoppedServiceAnswers503ProblemWithinItsTimeout() {
        String token = password("estatecare-cli", "admin");
        Instant start = Instant.now();

        HttpResponse<String> down = get("/api/down/anything", token);

        assertThat(down.statusCode()).isEqualTo(503);
        JsonNode problem = JSON.readTree(down.body());
        assertThat(problem.path("type").asString()).isEqualTo("https://estatecare.org/problems/service-unavailable");
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void aSlowServiceIsCutOffAtItsTimeoutWith503() {
        Instant start = Instant.now();

        HttpResponse<String> slow = get("/api/estates/slow", password("estatecare-cli", "admin"));

        assertThat(slow.statusCode()).isEqualTo(503);
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofMillis(2900));
    }

    @Test
    void oversizedBodiesAreRefusedBeforeRouting() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/estates"))
                .header("Authorization", "Bearer " + password("estatecare-cli", "admin"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("\"" + "x".repeat(300 * 1024) + "\"")).build());

        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void corsAllowsOnlyConfiguredOrigins() {
        HttpResponse<String> allowed = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/estates"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://portal.example.gov.cn").header("Access-Control-Request-Method", "GET").build());
        HttpResponse<String> other = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/estates"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://evil.example.com").header("Access-Control-Request-Method", "GET").build());

        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains("https://portal.example.gov.cn");
        assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void swaggerUiListsEveryServiceAndTheirDescriptionsAreProxied() {
        JsonNode config = JSON.readTree(get("/v3/api-docs/swagger-config", null).body());
        assertThat(config.path("urls")).extracting(u -> u.path("name").asString()).contains("estate-registry", "complaints", "agreements", "assessments",
                "subsidies");
        assertThat(config.path("oauth2RedirectUrl").asString()).isNotBlank();

        HttpResponse<String> docs = get("/v3/api-docs/registry", null);
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("stub registry");
        assertThat(get("/swagger-ui/index.html", null).statusCode()).isEqualTo(200);
    }


    /**
     * Swagger UI in a real headless Chromium (Debian package {@code chromium}): the page renders,
     * lists every service and offers "Authorize". Skipped without Chromium, except under CI=true.
     */
    @Test
    void swaggerUiLoadsInHeadlessChromiumAndListsTheServices() throws Exception {
        Path chromium = SystemTools.require("chromium", "chromium");
        Path profile = Files.createTempDirectory("chromium-profile");
        Path dom = Files.createTempFile("swagger-ui", ".html");
        Process browser = new ProcessBuilder(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--virtual-time-budget=15000", "--dump-dom",
                "http://127.0.0.1:" + port + "/swagger-ui/index.html"))
                .redirectOutput(dom.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(browser.waitFor(90, TimeUnit.SECONDS)).as("chromium finished").isTrue();

        String page = Files.readString(dom, StandardCharsets.UTF_8);
        assertThat(page).contains("swagger-ui").contains("estate-registry").contains("complaints").contains("stub registry")
                .contains("Authorize");
    }

    /**
     * A refusal decided from the headers alone (here a token for another audience, refused at once) is answered
     * after the request was read through, so the same connection carries the client's next request. Answered
     * earlier, a few in a hundred such connections stopped reading and the next request waited forever.
     */
    @Test
    void aConnectionCarriesTheNextRequestAfterARefusal() throws Exception {
        String otherAudience = password("other-app", "admin");
        HttpClient oneConnection = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (int i = 0; i < 100; i++) {
            HttpResponse<String> refused = TestHttp.send(oneConnection, HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/api/estates")).header("Authorization", "Bearer " + otherAudience).timeout(Duration.ofSeconds(5)).build());
            HttpResponse<String> next = TestHttp.send(oneConnection, HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/v3/api-docs/swagger-config")).timeout(Duration.ofSeconds(5)).build());
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(next.statusCode()).as("request %d after a refusal", i).isEqualTo(200);
        }
    }
}
