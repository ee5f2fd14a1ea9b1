package org.estatecare.webhooks.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.estatecare.kit.testing.AuthorizationMatrices.Outcome.ALLOWED;
import static org.estatecare.kit.testing.AuthorizationMatrices.Outcome.FORBIDDEN;
import static org.estatecare.kit.testing.AuthorizationMatrices.Outcome.NOT_FOUND;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.estatecare.kit.security.Role;
import org.estatecare.kit.testing.AuthorizationMatrices;
import org.estatecare.kit.testing.AuthorizationMatrices.Line;
import org.estatecare.kit.testing.AuthorizationMatrices.Outcome;
import org.estatecare.testing.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may call which endpoint of the webhooks service: every endpoint × every role × the caller's own subscription
 * and another client's, over HTTP, rendered to {@code docs/authorization-webhooks.md}.
 */
class WebhooksAuthorizationMatrixIT extends WebhooksServiceIT {

    static final Path DOC = Path.of("../../docs/authorization-webhooks.md");
    static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    static final String INTRODUCTION = """
            Generated from `WebhooksAuthorizationMatrixIT` in the webhooks service, which calls every endpoint as every
            role. Each cell is *own / other*: "own" is a subscription the caller's client made, "other" one another
            department's client made. ✔ allowed, 403 the role may not, 404 outside the caller's scope. A department's
            system subscribes its own endpoints and manages and reads only its own subscriptions; the district admin
            reads and manages every one. Nobody else uses webhooks. The event types are listed for everyone.
            """;

    //                                    admin inspector street community department company resident auditor finance
    static final Outcome[] SUBSCRIBERS = {A(), A(), F(), F(), F(), F(), F(), F(), A(), A(), F(), F(), F(), F(), F(), F(), F(), F()};
    static final Outcome[] OWNERS = {A(), A(), F(), F(), F(), F(), F(), F(), A(), N(), F(), F(), F(), F(), F(), F(), F(), F()};
    static final Outcome[] EVERYONE = {A(), A(), A(), A(), A(), A(), A(), A(), A(), A(), A(), A(), A(), A(), A(), A(), A(), A()};

    record Row(String method, String path, String body, Outcome[] outcomes) {
        Line line() {
            return new Line(method, path, outcomes);
        }
    }

    static final List<Row> ROWS = List.of(
            new Row("POST", "/api/webhook-subscriptions", null, SUBSCRIBERS),
            new Row("GET", "/api/webhook-subscriptions", null, SUBSCRIBERS),
            new Row("GET", "/api/webhook-subscriptions/{id}", null, OWNERS),
            new Row("GET", "/api/webhook-subscriptions/{id}/deliveries", null, OWNERS),
            new Row("POST", "/api/webhook-subscriptions/{id}/secret-rotation", "{\"overlap\": \"PT1H\"}", OWNERS),
            new Row("POST", "/api/webhook-subscriptions/{id}/replay", "{\"from\": \"" + Instant.now().minusSeconds(60) + "\"}",
                    OWNERS),
            new Row("POST", "/api/webhook-subscriptions/{id}/enabling", null, OWNERS),
            new Row("POST", "/api/webhook-subscriptions/{id}/cancellation", null, OWNERS),
            new Row("GET", "/api/codes/webhooks", null, EVERYONE));

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyEndpointHasARowAndTheDocShowsTheMatrix() {
        List<Line> lines = ROWS.stream().map(Row::line).toList();
        AuthorizationMatrices.assertEveryEndpointHasALine(mappings, lines);
        AuthorizationMatrices.assertDocShows(DOC, AuthorizationMatrices.markdown("Authorization matrix — webhooks",
                INTRODUCTION, lines));
    }

    @Test
    void everyRoleOnItsOwnAndAnothersSubscriptionGetsWhatTheMatrixSays() {
        String others = subscribe(department("city-management-" + RUN), "/hooks/matrix-other", "\"complaints.complaint.filed\"", "")
                .path("id").asString();
        List<String> mismatches = new ArrayList<>();
        for (Role role : Role.values()) {
            TestHttp caller = caller(role);
            String own = role == Role.DISTRICT_ADMIN || role == Role.DEPARTMENT_OFFICER
                    ? subscribe(caller, "/hooks/matrix-own", "\"complaints.complaint.filed\"", "").path("id").asString()
                    : others;
            for (Row row : ROWS) {
                for (int side = 0; side < 2; side++) {
                    String path = row.path().replace("{id}", side == 0 ? own : others);
                    String body = row.body() != null ? row.body() : row.path().equals("/api/webhook-subscriptions")
                            && row.method().equals("POST") ? """
                            {"url": "%s", "eventTypes": ["complaints.complaint.filed"]}""".formatted(RECEIVER.url("/hooks/matrix"))
                            : null;
                    TestHttp.Response response = caller.send(row.method(), path, body);
                    Outcome actual = Outcome.of(response.status());
                    Outcome expected = row.line().expected(role, side == 0);
                    if (actual != expected) {
                        mismatches.add(row.method() + " " + row.path() + " as " + role.code() + " (" + (side == 0 ? "own" : "other")
                                + "): expected " + expected + ", got " + response.status() + " " + response.body());
                    }
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    TestHttp caller(Role role) {
        Map<String, String> claims = switch (role) {
            case STREET_OFFICER -> Map.of("street", "chunhua");
            case COMMUNITY_OFFICER, RESIDENT -> Map.of("street", "chunhua", "community", "chunhua-xinhua");
            case DEPARTMENT_OFFICER -> Map.of("department", "housing");
            case SERVICE_COMPANY -> Map.of("company_id", "anju");
            default -> Map.of();
        };
        return new TestHttp("http://127.0.0.1:" + port, INFRA.issuer().token("matrix-" + role.code() + "-" + RUN,
                List.of(role.code()), claims));
    }

    private static Outcome A() {
        return ALLOWED;
    }

    private static Outcome F() {
        return FORBIDDEN;
    }

    private static Outcome N() {
        return NOT_FOUND;
    }
}
