package org.estatecare.kit.strict;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.web.ETags;
import org.estatecare.kit.web.SortAllowList;
import org.estatecare.testing.TestHttp;
import org.estatecare.testing.TestInfrastructure;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Pageable;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every service gets from the kit for input it must refuse: JSON read strictly (duplicate keys,
 * fractions for counts, text for numbers, control characters, oversized text), URLs with control
 * characters or absurd length, every framework refusal as problem+json in our own words, an
 * {@code If-Match} that is not a revision, and an OpenAPI document without the internal caller and
 * with the address the caller used (through the gateway) as its server.
 */
@SpringBootTest(classes = InputStrictnessIT.ProbeApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InputStrictnessIT {

    static final TestInfrastructure INFRA = TestInfrastructure.shared();
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String VALID = """
            {"name": "春华里", "count": 480, "area": 31250.50, "day": "2026-03-01", "kind": "A", "tags": ["x"], "flag": true}""";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        INFRA.serviceProperties("kit-strict-it").forEach((key, value) -> registry.add(key, () -> value));
        registry.add("spring.application.name", () -> "kit-strict-it");
        registry.add("estatecare.outbox.enabled", () -> "false");
    }

    @SpringBootApplication
    @org.springframework.context.annotation.Import(Probe.class)
    static class ProbeApp {
    }

    enum Kind { A, B }

    record Body(String name, int count, BigDecimal area, LocalDate day, Kind kind, List<String> tags, Boolean flag) {
    }

    @RestController
    static class Probe {

        @PostMapping("/api/probe")
        Body echo(@Valid @RequestBody Body body, Caller caller) {
            return body;
        }

        @GetMapping("/api/probe")
        Map<String, Object> find(@RequestParam(required = false) String name, @RequestParam(defaultValue = "0") int page,
                                 Caller caller) {
            return Map.of("name", String.valueOf(name), "page", page);
        }

        @GetMapping("/api/probe/required")
        Map<String, Object> required(@RequestParam String name, Caller caller) {
            return Map.of("name", name);
        }

        @PutMapping("/api/probe/{id}")
        Map<String, Object> put(@PathVariable String id, @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                Caller caller) {
            return Map.of("id", id, "revision", ETags.ifMatch(ifMatch).orElse(-1));
        }

        @PostMapping(value = "/api/probe/form", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
        Map<String, Object> form(@RequestParam MultiValueMap<String, String> form, Caller caller) {
            return Map.of("fields", form.size());
        }

        static final SortAllowList SORTABLE = SortAllowList.of(Map.of("name", "details.name", "day", "day"))
                .byDefault(org.springframework.data.domain.Sort.Direction.ASC, "name");

        /** What a list's query would run with: the page, its size and the stored sort. */
        @GetMapping("/api/probe/list")
        Map<String, Object> list(@ParameterObject Pageable pageable, Caller caller) {
            Pageable page = SORTABLE.apply(pageable);
            return Map.of("page", page.getPageNumber(), "size", page.getPageSize(), "sort", page.getSort().toString());
        }

        @GetMapping(value = "/api/probe/csv", produces = "text/csv")
        String csv(Caller caller) {
            return "a,b";
        }

        @GetMapping("/api/probe/old/{id}")
        @org.estatecare.kit.web.Deprecation(since = "2026-12-05", sunset = "2027-06-30", successor = "PUT /api/probe/{id}")
        Map<String, Object> old(@PathVariable int id, Caller caller) {
            return Map.of("id", id);
        }
    }

    TestHttp admin() {
        return new TestHttp("http://127.0.0.1:" + port, INFRA.issuer().token("admin", List.of("district-admin"), Map.of()));
    }

    TestHttp.Response post(String json) {
        return admin().post("/api/probe", json);
    }

    static void assertProblem(TestHttp.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).as(response.toString()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("type").asString()).startsWith("https://estatecare.org/problems/");
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(response.body()).as("no Java names in a problem").doesNotContainPattern(
                "\\b(java|jakarta|tools|org\\.springframework)\\.[a-z]+\\.").doesNotContain("Exception");
    }

    @Test
    void aValidBodyIsReadAsWritten() {
        TestHttp.Response response = post(VALID);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).path("count").asInt()).isEqualTo(480);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "{\"name\": \"a\", \"name\": \"b\", \"count\": 1}",
            "{\"count\": 480.9}",
            "{\"count\": 480.0}",
            "{\"count\": \"480\"}",
            "{\"count\": true}",
            "{\"area\": \"12.5\"}",
            "{\"area\": true}",
            "{\"flag\": 1}",
            "{\"flag\": \"true\"}",
            "{\"kind\": 0}",
            "{\"kind\": \"\"}",
            "{\"count\": 1, \"kind\": \"A\\u0000\"}",
            "{\"count\": 1, \"kind\": \" A\"}",
            "{\"count\": 1, \"day\": \"2026-03-01\\u0000\"}",
            "{\"count\": 1, \"day\": \" 2026-03-01\"}",
            "{\"day\": 20000}",
            "{\"day\": \"2026-02-30\"}",
            "{\"day\": \"not-a-date\"}",
            "{\"name\": 12345}",
            "{\"name\": true}",
            "{\"name\": {\"a\": 1}}",
            "{\"name\": \"nul\\u0000byte\"}",
            "{\"name\": \"bell\\u0007\"}",
            "{\"name\": \"c1\\u0085\"}",
            "{\"tags\": [\"ok\", \"esc\\u001b\"]}",
            "{\"tags\": [1]}",
            "{\"unknown\": 1}",
            "{\"name\": \"a\"} {}",
            "[]",
            "\"text\"",
            "{\"name\": ",
            ""})
    @DisplayName("a body that is not what the operation takes is 400 problem+json")
    void badBodiesAre400(String body) {
        assertProblem(post(body), 400);
    }

    @Test
    void aTextLongerThanTheCeilingIsRefusedAndOneAtTheCeilingIsNot() {
        assertProblem(post("{\"name\": \"" + "x".repeat(20_001) + "\"}"), 400);
        TestHttp.Response atTheCeiling = post("{\"count\": 1, \"name\": \"" + "x".repeat(20_000) + "\"}");
        assertThat(atTheCeiling.status()).as(atTheCeiling.toString()).isEqualTo(200);
        assertThat(post("{\"count\": 1, \"name\": \"line\\nand\\ttab\"}").status()).isEqualTo(200);
    }

    @Test
    void theRefusedFieldIsNamed() {
        JsonNode problem = JSON.readTree(post("{\"name\": \"nul\\u0000\"}").body());

        assertThat(problem.path("detail").asString()).contains("'name'").contains("control character");
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("name");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/probe?name=a%00b", "/api/probe?name=%07", "/api/probe?na%00me=x",
            "/api/probe?name=%C2%85", "/api/probe/a%07b"})
    @DisplayName("control characters and broken encoding in a URL are 400 problem+json, before any handler")
    void controlCharactersInTheUrlAre400(String path) {
        assertProblem(admin().get(path), 400);
        assertProblem(admin().send("PUT", path.replace("/api/probe?", "/api/probe/1?"), null), 400);
    }

    @Test
    void anAbsurdlyLongParameterOrSegmentIs400() {
        assertProblem(admin().get("/api/probe?name=" + "x".repeat(1001)), 400);
        assertProblem(admin().send("PUT", "/api/probe/" + "x".repeat(1001), null), 400);
        assertThat(admin().get("/api/probe?name=" + "x".repeat(1000)).status()).isEqualTo(200);
    }

    @Test
    void frameworkRefusalsAreProblemsInOurOwnWords() {
        assertProblem(admin().get("/api/probe?page=abc"), 400);
        assertProblem(admin().get("/api/probe?page=1.5"), 400);
        assertProblem(admin().get("/api/probe/required"), 400);
        assertProblem(admin().get("/api/nothing-here"), 404);
        assertProblem(admin().send("DELETE", "/api/probe", null), 405);
        assertProblem(admin().header("Content-Type", "text/plain").sendRaw("POST", "/api/probe", VALID), 415);
        assertProblem(admin().sendRaw("POST", "/api/probe", VALID), 415);
        assertProblem(admin().header("Accept", "application/xml").get("/api/probe/csv"), 406);
        assertProblem(new TestHttp("http://127.0.0.1:" + port, null).get("/api/probe"), 401);
        assertProblem(new TestHttp("http://127.0.0.1:" + port, "not.a.token").get("/api/probe"), 401);
    }

    @Test
    void aListPagesAndSortsByItsAllowListWithTheIdBreakingTies() {
        JsonNode first = JSON.readTree(admin().get("/api/probe/list").body());
        assertThat(first.path("page").asInt()).isZero();
        assertThat(first.path("size").asInt()).isEqualTo(20);
        assertThat(first.path("sort").asString()).isEqualTo("details.name: ASC,_id: ASC");

        JsonNode asked = JSON.readTree(admin().get("/api/probe/list?page=2&size=200&sort=day,desc&sort=name").body());
        assertThat(asked.path("page").asInt()).isEqualTo(2);
        assertThat(asked.path("size").asInt()).isEqualTo(200);
        assertThat(asked.path("sort").asString()).isEqualTo("day: DESC,details.name: ASC,_id: ASC");
    }

    @Test
    @DisplayName("the farthest page a store can skip to (page × size within an int) is accepted; one further is 400")
    void theFarthestPageIsServedAndOneMoreIsRefused() {
        // page × size must fit an int: 200 × 10737417 = 2147483400 fits, 200 × 10737418 does not
        TestHttp.Response farthest = admin().get("/api/probe/list?page=10737417&size=200");

        assertThat(farthest.status()).isEqualTo(200);
        assertThat(JSON.readTree(farthest.body()).path("page").asInt()).isEqualTo(10737417);
        assertProblem(admin().get("/api/probe/list?page=10737418&size=200"), 400);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"page=abc", "page=-1", "page=1.5", "page=", "page=1&page=2", "page=99999999999",
            "page=10737418&size=200", "page=2147483647", "size=0", "size=201", "size=x",
            "sort=secret", "sort=name,sideways", "sort=details.name", "sort=,asc", "sort=", "sort=name;drop"})
    @DisplayName("a page, size or sort a list cannot serve is 400 problem+json naming the parameter")
    void badPagesAndSortsAre400(String query) {
        TestHttp.Response response = admin().get("/api/probe/list?" + query);

        assertProblem(response, 400);
        assertThat(JSON.readTree(response.body()).path("errors").get(0).path("field").asString())
                .isEqualTo(query.substring(0, query.indexOf('=')));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"%zz=1", "a=%", "a=%E4%B8", "a=%00", "a=%07b", "a=%C2%85"})
    @DisplayName("a malformed form body, or one with control characters, is 400 problem+json, never 500")
    void aMalformedFormBodyIsRefused(String form) {
        TestHttp.Response response = admin().header("Content-Type", "application/x-www-form-urlencoded")
                .sendRaw("POST", "/api/probe/form", form);

        assertProblem(response, 400);
        assertThat(admin().header("Content-Type", "application/x-www-form-urlencoded")
                .sendRaw("POST", "/api/probe/form", "a=line%0Aand%09tab&b=%E6%98%A5").status()).isEqualTo(200);
    }

    @ParameterizedTest(name = "If-Match: {0}")
    @ValueSource(strings = {"abc", "\"x\"", "\"1\", \"2\"", "W/", "\"\"", "7"})
    @DisplayName("an If-Match that names no revision is 400 problem+json saying so")
    void anIfMatchThatIsNotARevisionIs400(String ifMatch) {
        TestHttp.Response response = admin().header("If-Match", ifMatch).send("PUT", "/api/probe/1", null);

        assertProblem(response, 400);
        assertThat(JSON.readTree(response.body()).path("detail").asString()).contains("If-Match");
        assertThat(JSON.readTree(admin().header("If-Match", "\"7\"").send("PUT", "/api/probe/1", null).body())
                .path("revision").asInt()).isEqualTo(7);
        assertThat(JSON.readTree(admin().header("If-Match", "W/\"7\"").send("PUT", "/api/probe/1", null).body())
                .path("revision").asInt()).isEqualTo(7);
    }

    @Test
    void aDeprecatedOperationSaysSoInEveryAnswerAndInTheOpenApiDocument() {
        for (TestHttp.Response answer : List.of(admin().get("/api/probe/old/1"), admin().get("/api/probe/old/x"))) {
            // 2026-12-05T00:00+08:00 is 2026-12-04T16:00Z: epoch 1796400000
            assertThat(answer.header("Deprecation")).as(answer.toString()).isEqualTo("@1796400000");
            assertThat(answer.header("Sunset")).isEqualTo("Tue, 29 Jun 2027 16:00:00 GMT");
            assertThat(answer.header("Link")).isEqualTo("</api/probe/{id}>; rel=\"successor-version\"");
        }
        assertThat(admin().get("/api/probe/old/x").status()).as("a refusal carries them too").isEqualTo(400);
        assertThat(admin().get("/api/probe").header("Deprecation")).as("only the deprecated operation").isNull();

        JsonNode operation = JSON.readTree(new TestHttp("http://127.0.0.1:" + port, null).get("/v3/api-docs").body())
                .path("paths").path("/api/probe/old/{id}").path("get");
        assertThat(operation.path("deprecated").asBoolean()).isTrue();
        assertThat(operation.path("x-deprecated-on").asString()).isEqualTo("2026-12-05");
        assertThat(operation.path("x-sunset").asString()).isEqualTo("2027-06-30");
        assertThat(operation.path("x-successor").asString()).isEqualTo("PUT /api/probe/{id}");
    }

    @Test
    void theOpenApiDocumentHasNoCallerParameterAndNamesTheAddressTheCallerUsed() {
        TestHttp.Response docs = new TestHttp("http://127.0.0.1:" + port, null)
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "api.estatecare.example")
                .header("X-Forwarded-Port", "443").get("/v3/api-docs");

        assertThat(docs.status()).as(docs.toString()).isEqualTo(200);
        JsonNode document = JSON.readTree(docs.body());
        assertThat(document.path("servers").get(0).path("url").asString()).isEqualTo("https://api.estatecare.example");
        assertThat(document.path("paths").path("/api/probe").path("get").path("parameters"))
                .extracting(p -> p.path("name").asString()).containsExactlyInAnyOrder("name", "page");
        assertThat(docs.body()).doesNotContain("\"caller\"");
    }
}
