package org.estatecare.registry.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.estatecare.kit.security.Role;
import org.estatecare.registry.it.AuthorizationMatrix.Outcome;
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
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (method.getBeanType().getPackageName().startsWith("org.estatecare")) {
                for (String path : info.getPatternValues()) {
                    info.getMethodsCondition().getMethods().forEach(m -> endpoints.add(m.name() + " " + path));
                }
            }
        });
        Set<String> rows = new TreeSet<>();
        AuthorizationMatrix.ROWS.forEach(row -> rows.add(row.method() + " " + row.path()));

        assertThat(rows).as("endpoints without a row in AuthorizationMatrix").containsAll(endpoints);
        assertThat(endpoints).as("rows for endpoints that no longer exist").containsAll(rows);
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
                    String path = row.path().replace("{id}", estate);
                    String body = body(row, own);
                    Api.Response response = caller(role).header("If-Match", "*").send(row.method(), path, body);
                    Outcome actual = switch (response.status()) {
                        case 401 -> null;
                        case 403 -> Outcome.FORBIDDEN;
                        case 404 -> Outcome.NOT_FOUND;
                        default -> response.status() >= 500 ? null : Outcome.ALLOWED;
                    };
                    Outcome expected = row.outcomes().get(role)[scope];
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
    void theDocsShowTheMatrixAsTested() throws IOException {
        String rendered = AuthorizationMatrix.markdown();
        if (Boolean.getBoolean("authorization.matrix.write")) {
            Files.writeString(DOC, rendered);
        }
        assertThat(Files.exists(DOC)).as("docs/authorization.md missing: run with -Dauthorization.matrix.write=true").isTrue();
        assertThat(Files.readString(DOC)).as("docs/authorization.md is out of date: run the registry's integration tests "
                + "with -Dauthorization.matrix.write=true").isEqualTo(rendered);
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
