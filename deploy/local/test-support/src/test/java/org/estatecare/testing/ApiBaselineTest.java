package org.estatecare.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiBaselineTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    @TempDir
    Path repository;

    @BeforeEach
    void changelog() throws IOException {
        Files.createDirectories(repository.resolve("docs/api"));
        Files.writeString(repository.resolve("docs/api/CHANGELOG.md"), """
                | service | operation | deprecated on | sunset | use instead |
                | demo | `GET /api/things` | 2026-01-05 | 2026-07-05 | `GET /api/v2/things` |
                """);
    }

    /** An API of one list operation, {@code extra} inserted among its paths, the thing's schema with these fields required. */
    static String api(String extra, String required) {
        return """
                {"openapi": "3.1.0", "info": {"title": "demo", "version": "v1"},
                 "servers": [{"url": "http://127.0.0.1:%d"}],
                 "components": {"securitySchemes": {"keycloak": {"type": "openIdConnect",
                     "openIdConnectUrl": "http://127.0.0.1:%d/realms/estatecare/.well-known/openid-configuration"}},
                   "schemas": {"Thing": {"type": "object", "required": [%s],
                     "properties": {"name": {"type": "string"}, "size": {"type": "integer"}}}}},
                 "paths": {%s
                   "/api/things/{id}": {"get": {"operationId": "thing", "parameters": [{"name": "id", "in": "path",
                       "required": true, "schema": {"type": "string"}}],
                     "responses": {"200": {"description": "ok", "content": {"application/json":
                       {"schema": {"$ref": "#/components/schemas/Thing"}}}}}},
                     "put": {"operationId": "replace", "parameters": [{"name": "id", "in": "path", "required": true,
                       "schema": {"type": "string"}}], "requestBody": {"content": {"application/json":
                       {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                       "responses": {"200": {"description": "ok"}}}}}}
                """.formatted((int) (Math.random() * 60000), (int) (Math.random() * 60000), required, extra);
    }

    static final String DEPRECATED_LIST = """
            "/api/things": {"get": {"operationId": "things", "deprecated": true, "x-deprecated-on": "2026-01-05",
                "x-sunset": "2026-07-05", "x-successor": "GET /api/v2/things",
                "responses": {"200": {"description": "ok"}}}},
            "/api/v2/things": {"get": {"operationId": "things2", "responses": {"200": {"description": "ok"}}}},
            """;

    private void baseline(String document) throws IOException {
        ApiBaseline.check("demo", document, repository, TODAY, true);
    }

    @Test
    void theSameApiServedOnAnotherPortAndIdentityAddressPasses() throws IOException {
        baseline(api("", "\"name\""));
        assertThatCode(() -> ApiBaseline.check("demo", api("", "\"name\""), repository, TODAY, false)).doesNotThrowAnyException();
        assertThat(Files.readString(repository.resolve("docs/api/demo.json"))).doesNotContain("127.0.0.1");
    }

    @Test
    void removingAnOperationOrRequiringMoreOfARequestIsABreakingChange() throws IOException {
        baseline(api("\"/api/v2/things\": {\"get\": {\"responses\": {\"200\": {\"description\": \"ok\"}}}},", "\"name\""));
        assertThatThrownBy(() -> ApiBaseline.check("demo", api("", "\"name\""), repository, TODAY, false))
                .isInstanceOf(AssertionError.class).hasMessageContaining("breaking change").hasMessageContaining("new version path");
        assertThatThrownBy(() -> ApiBaseline.check("demo", api("\"/api/v2/things\": {\"get\": {\"responses\": "
                + "{\"200\": {\"description\": \"ok\"}}}},", "\"name\", \"size\""), repository, TODAY, false))
                .as("a request body now needs a field it did not").hasMessageContaining("breaking change");
        assertThatThrownBy(() -> ApiBaseline.check("demo", api("", "\"name\""), repository, TODAY, true))
                .as("nor can the baseline be rewritten over a break").hasMessageContaining("breaking change");
    }

    @Test
    void aCompatibleChangeAsksForTheBaselineToBeRefreshedAndTheRefreshTakesIt() throws IOException {
        baseline(api("", "\"name\""));
        String added = api("\"/api/v2/things\": {\"get\": {\"responses\": {\"200\": {\"description\": \"ok\"}}}},", "\"name\"");
        assertThatThrownBy(() -> ApiBaseline.check("demo", added, repository, TODAY, false))
                .hasMessageContaining("changed compatibly").hasMessageContaining(ApiBaseline.WRITE);
        ApiBaseline.check("demo", added, repository, TODAY, true);
        assertThatCode(() -> ApiBaseline.check("demo", added, repository, TODAY, false)).doesNotThrowAnyException();
    }

    @Test
    void aDeprecatedOperationMayGoOnlyFromItsSunset() throws IOException {
        baseline(api(DEPRECATED_LIST, "\"name\""));
        String without = api("\"/api/v2/things\": {\"get\": {\"operationId\": \"things2\", \"responses\": "
                + "{\"200\": {\"description\": \"ok\"}}}},", "\"name\"");
        assertThatThrownBy(() -> ApiBaseline.check("demo", without, repository, LocalDate.of(2026, 7, 4), false))
                .as("the day before its sunset").hasMessageContaining("breaking change");
        assertThatCode(() -> ApiBaseline.check("demo", without, repository, LocalDate.of(2026, 7, 5), true))
                .as("on its sunset").doesNotThrowAnyException();
    }

    @Test
    void aDeprecatedOperationHasItsDatesASuccessorThatStaysAndALineInTheChangelog() throws IOException {
        Files.writeString(repository.resolve("docs/api/CHANGELOG.md"), "| demo | `GET /api/other` | 2026-01-05 | 2026-07-05 |\n");
        assertThatThrownBy(() -> baseline(api(DEPRECATED_LIST, "\"name\"")))
                .hasMessageContaining("GET /api/things: not listed in docs/api/CHANGELOG.md");
        String noSuccessor = DEPRECATED_LIST.replace("GET /api/v2/things", "GET /api/v3/things");
        assertThatThrownBy(() -> baseline(api(noSuccessor, "\"name\""))).hasMessageContaining("successor 'GET /api/v3/things'");
        String shortNotice = DEPRECATED_LIST.replace("2026-07-05", "2026-02-05");
        assertThatThrownBy(() -> baseline(api(shortNotice, "\"name\""))).hasMessageContaining("less than 180 days");
    }
}
