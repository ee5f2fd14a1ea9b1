package org.estatecare.registry.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.estatecare.kit.testing.AuthorizationMatrices.assertDocShows;
import static org.estatecare.kit.testing.AuthorizationMatrices.assertEveryEndpointHasALine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.estatecare.kit.security.Role;
import org.estatecare.kit.testing.AuthorizationMatrices.Outcome;
import org.estatecare.registry.it.AuthorizationMatrix.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Walks the whole authorization matrix over HTTP; an endpoint without a row fails the build. */
class AuthorizationMatrixIT extends RegistryIntegrationTest {

    static final Path DOC = Path.of("../../docs/authorization.md");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyEndpointHasARow() {
        assertEveryEndpointHasALine(mappings, AuthorizationMatrix.ROWS.stream().map(Row::line).toList());
    }

    @Test
    void everyRoleOnOwnAndOtherScopeGetsWhatTheMatrixSays() {
        Api admin = as("admin");
        List<String> mismatches = new ArrayList<>();
        for (Row row : AuthorizationMatrix.ROWS) {
            for (Role role : Role.values()) {
                for (int scope = 0; scope < 2; scope++) {
                    boolean own = scope == 0;
                    // a fresh estate per call, so one call's effect never decides another's answer
                    String estate = admin.post("/api/estates", estateJson(uniqueName("matrix"),
                            own ? "chunhua" : "dongxin", own ? "chunhua-xinhua" : "dongxin-huaxin", ELIGIBLE)).id();
                    if (row.path().startsWith("/api/estates/{id}/exit-applications")) {
                        // an included estate, with an application of its street office waiting where the path names one
                        estate = includedEstate(own ? "chunhua" : "dongxin", own ? "chunhua-xinhua" : "dongxin-huaxin");
                    }
                    String path = row.path().replace("{id}", estate).replace("{code}", own ? "chunhua" : "dongxin");
                    if (path.contains("{applicationId}")) {
                        path = path.replace("{applicationId}",
                                pendingExitApplication(estate, own ? "chunhua-officer" : "dongxin-officer"));
                    }
                    String body = body(row, own);
                    Api.Response response = caller(role).header("If-Match", "*").send(row.method(), path, body);
                    Outcome actual = Outcome.of(response.status());
                    Outcome expected = row.line().expected(role, own);
                    if (actual != expected) {
                        mismatches.add(row.method() + " " + row.path() + " as " + role.code() + " (" + (own ? "own" : "other")
                                + "): expected " + expected + ", got " + response.status() + " " + response.body());
                    }
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void theDocsShowTheMatrixAsTested() {
        assertDocShows(DOC, AuthorizationMatrix.markdown());
    }

    /** The row's body; estate facts name the own or the other street, new codes are unique. */
    static String body(Row row, boolean own) {
        if (row.body() == null) {
            return null;
        }
        if (row.body().equals(AuthorizationMatrix.ESTATE_BODY)) {
            return row.body().formatted(own ? "chunhua" : "dongxin", own ? "chunhua-xinhua" : "dongxin-huaxin");
        }
        return row.body().contains("%s") ? row.body().formatted(uniqueName("s").toLowerCase()) : row.body();
    }

    /** A token for the role with the scope claims of the "own" side: street chunhua, community chunhua-xinhua. */
    Api caller(Role role) {
        Map<String, String> scope = switch (role) {
            case STREET_OFFICER -> Map.of("street", "chunhua");
            case COMMUNITY_OFFICER, RESIDENT -> Map.of("street", "chunhua", "community", "chunhua-xinhua");
            case DEPARTMENT_OFFICER -> Map.of("department", "housing");
            case SERVICE_COMPANY -> Map.of("company_id", "anju");
            default -> Map.of();
        };
        return withToken(tokens().token("matrix-" + role.code(), List.of(role.code()), scope));
    }
}
