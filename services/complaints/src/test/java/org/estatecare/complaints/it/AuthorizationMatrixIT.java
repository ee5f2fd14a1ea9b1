package org.estatecare.complaints.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.estatecare.kit.testing.AuthorizationMatrices.assertDocShows;
import static org.estatecare.kit.testing.AuthorizationMatrices.assertEveryEndpointHasALine;
import static org.estatecare.kit.testing.AuthorizationMatrices.markdown;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.estatecare.kit.security.Role;
import org.estatecare.kit.testing.AuthorizationMatrices.Line;
import org.estatecare.kit.testing.AuthorizationMatrices.Outcome;
import org.estatecare.testing.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * The complaints service's authorization matrix: every endpoint × role × own/other scope, walked over
 * HTTP; an endpoint without a row fails; rendered to docs/authorization-complaints.md. "Own" is a
 * complaint the calling resident filed on an estate of the caller's street and community, still with
 * its first handler (the service company); "other" is one filed elsewhere by someone else.
 */
class AuthorizationMatrixIT extends ComplaintsServiceIT {

    record Row(String method, String path, String body, Outcome[] outcomes) {

        Line line() {
            return new Line(method, path, outcomes);
        }
    }

    static final Outcome A = Outcome.ALLOWED;
    static final Outcome F = Outcome.FORBIDDEN;
    static final Outcome N = Outcome.NOT_FOUND;
    static final Path DOC = Path.of("../../docs/authorization-complaints.md");

    /** Per role in {@link Role#values()} order, own then other. */
    static final String PAST_DECISION = """
            {"version": "matrix-1", "effectiveFrom": "2000-01-01", "reference": "r",
             "chains": {"OTHER": [{"kind": "STREET_OFFICE", "acknowledge": "1 working day", "resolve": "5 working days"}]}}""";

    static final List<Row> ROWS = List.of(
            new Row("POST", "/api/complaints", "FILE", new Outcome[] {A, A, A, A, A, A, A, A, F, F, A, A, A, A, F, F, F, F}),
            new Row("GET", "/api/complaints", null, new Outcome[] {A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A}),
            new Row("GET", "/api/complaints/{id}", null, new Outcome[] {A, A, A, A, A, N, A, N, N, N, A, N, A, N, A, A, N, N}),
            new Row("GET", "/api/complaints/{id}/history", null, new Outcome[] {A, A, A, A, A, N, A, N, N, N, A, N, A, N, A, A, N, N}),
            new Row("POST", "/api/complaints/{id}/acknowledgement", null, new Outcome[] {A, A, F, F, F, N, F, N, N, N, A, N, F, N, F, F, N, N}),
            new Row("POST", "/api/complaints/{id}/escalation", "{\"reason\": \"r\"}", new Outcome[] {A, A, F, F, F, N, F, N, N, N, A, N, F, N, F, F, N, N}),
            new Row("POST", "/api/complaints/{id}/resolution", "{\"reason\": \"r\"}", new Outcome[] {A, A, F, F, F, N, F, N, N, N, A, N, F, N, F, F, N, N}),
            new Row("POST", "/api/complaints/{id}/closure", "{\"satisfaction\": 3}", new Outcome[] {A, A, F, F, F, N, F, N, N, N, F, N, A, N, F, F, N, N}),
            new Row("POST", "/api/complaints/{id}/reopening", "{\"reason\": \"r\"}", new Outcome[] {A, A, F, F, F, N, F, N, N, N, F, N, A, N, F, F, N, N}),
            new Row("GET", "/api/complaints/statistics?by=STREET&from=2026-01-01&to=2026-12-31", null,
                    new Outcome[] {A, A, A, A, A, A, A, A, A, A, F, F, F, F, A, A, F, F}),
            new Row("GET", "/open311/v2/discovery.{format}", null, new Outcome[] {A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A}),
            new Row("GET", "/open311/v2/services.{format}", null, new Outcome[] {A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A}),
            new Row("GET", "/open311/v2/services/{code}.{format}", null, new Outcome[] {A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A}),
            new Row("POST", "/open311/v2/requests.{format}", "FORM", new Outcome[] {A, A, A, A, A, A, A, A, F, F, A, A, A, A, F, F, F, F}),
            new Row("GET", "/open311/v2/requests.{format}", null, new Outcome[] {A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A}),
            new Row("GET", "/open311/v2/requests/{id}.{format}", null, new Outcome[] {A, A, A, A, A, N, A, N, N, N, A, N, A, N, A, A, N, N}),
            new Row("GET", "/api/codes/complaints", null, new Outcome[] {A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A}),
            new Row("GET", "/api/calendar/years/{year}", null, new Outcome[] {A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A}),
            new Row("PUT", "/api/calendar/years/{year}", "CALENDAR", new Outcome[] {A, A, F, F, F, F, F, F, F, F, F, F, F, F, F, F, F, F}),
            new Row("GET", "/api/calendar/years/{year}/versions", null, new Outcome[] {A, A, F, F, F, F, F, F, F, F, F, F, F, F, A, A, F, F}),
            new Row("GET", "/api/calendar/years/{year}/versions/{number}", null,
                    new Outcome[] {A, A, F, F, F, F, F, F, F, F, F, F, F, F, A, A, F, F}),
            new Row("GET", "/api/duty-divisions", null, new Outcome[] {A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A}),
            new Row("GET", "/api/duty-divisions/in-force", null, new Outcome[] {A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A}),
            new Row("GET", "/api/duty-divisions/{version}", null, new Outcome[] {A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A}),
            // a decision dated in the past: the district admin passes authorization and is refused by the rule (422), nothing recorded
            new Row("POST", "/api/duty-divisions", PAST_DECISION, new Outcome[] {A, A, F, F, F, F, F, F, F, F, F, F, F, F, F, F, F, F}),
            // the decision in force: the district admin passes authorization and is told it cannot be revoked (422)
            new Row("POST", "/api/duty-divisions/{version}/revocation", "{\"reason\": \"r\"}",
                    new Outcome[] {A, A, F, F, F, F, F, F, F, F, F, F, F, F, F, F, F, F}),
            // fire-lane patrols and fire-safety sessions (R-FIRE-1): the department caller here is housing's, not fire-rescue's
            new Row("POST", "/api/fire-lane-patrols", "FIRE_PATROL", new Outcome[] {A, A, F, F, A, F, F, F, F, F, F, F, F, F, F, F, F, F}),
            new Row("GET", "/api/fire-lane-patrols", null, new Outcome[] {A, A, A, A, A, A, A, A, F, F, F, F, F, F, A, A, F, F}),
            new Row("GET", "/api/fire-lane-patrols/{id}", null, new Outcome[] {A, A, A, A, A, N, A, N, F, F, F, F, F, F, A, A, F, F}),
            new Row("POST", "/api/fire-safety-sessions", "FIRE_SESSION", new Outcome[] {A, A, F, F, A, F, F, F, F, F, F, F, F, F, F, F, F, F}),
            new Row("GET", "/api/fire-safety-sessions", null, new Outcome[] {A, A, A, A, A, A, A, A, F, F, F, F, F, F, A, A, F, F}),
            new Row("GET", "/api/fire-safety-sessions/{id}", null, new Outcome[] {A, A, A, A, A, N, A, N, F, F, F, F, F, F, A, A, F, F}),
            new Row("GET", "/api/fire-safety/streets/{street}/summary?year=2026", null,
                    new Outcome[] {A, A, A, A, A, F, A, F, F, F, F, F, F, F, A, A, F, F}));

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyEndpointHasARow() {
        assertEveryEndpointHasALine(mappings, ROWS.stream().map(Row::line).toList());
    }

    @Test
    void everyRoleOnOwnAndOtherScopeGetsWhatTheMatrixSays() throws Exception {
        String ownEstate = estate("chunhua", "chunhua-xinhua", true);
        servedBy(ownEstate, "anju");
        String otherEstate = estate("dongxin", "dongxin-huaxin", true);
        // 2026's official arrangement loaded once (as shipped), so its versions can be read
        if (calendarETag() == null) {
            TestHttp.Response loaded = caller(Role.DISTRICT_ADMIN).send("PUT", "/api/calendar/years/2026", CALENDAR_2026);
            assertThat(loaded.status()).as(loaded.toString()).isEqualTo(201);
        }
        Map<Boolean, String> patrols = new java.util.HashMap<>();
        Map<Boolean, String> sessions = new java.util.HashMap<>();
        for (boolean own : List.of(true, false)) {
            String street = own ? "chunhua" : "dongxin";
            String estate = own ? ownEstate : otherEstate;
            patrols.put(own, id(caller(Role.DISTRICT_ADMIN).post("/api/fire-lane-patrols", firePatrol(street, estate))));
            sessions.put(own, id(caller(Role.DISTRICT_ADMIN).post("/api/fire-safety-sessions", fireSession(street, estate))));
        }
        List<String> mismatches = new ArrayList<>();
        for (Row row : ROWS) {
            for (Role role : Role.values()) {
                for (int scope = 0; scope < 2; scope++) {
                    boolean own = scope == 0;
                    String estate = own ? ownEstate : otherEstate;
                    if (row.path().startsWith("/api/fire")) {
                        String street = own ? "chunhua" : "dongxin";
                        String path = row.path().replace("{street}", street).replace("{id}",
                                row.path().startsWith("/api/fire-lane-patrols") ? patrols.get(own) : sessions.get(own));
                        String body = "FIRE_PATROL".equals(row.body()) ? firePatrol(street, estate)
                                : "FIRE_SESSION".equals(row.body()) ? fireSession(street, estate) : null;
                        Outcome actual = Outcome.of(caller(role).send(row.method(), path, body).status());
                        if (actual != row.line().expected(role, own)) {
                            mismatches.add(row.method() + " " + row.path() + " as " + role.code() + " (" + (own ? "own" : "other")
                                    + "): expected " + row.line().expected(role, own) + ", got " + actual);
                        }
                        continue;
                    }
                    String complaint = own ? file(caller(Role.RESIDENT), estate) : file(caller(Role.DISTRICT_ADMIN), estate);
                    String path = row.path().replace("{id}", complaint).replace("{format}", "json").replace("{code}", "OTHER")
                            .replace("{year}", "2026").replace("{number}", "1").replace("{version}", "2026-2");
                    TestHttp.Response response = "CALENDAR".equals(row.body())
                            ? caller(role).send(row.method(), path, CALENDAR_2026)
                            : "FORM".equals(row.body())
                            ? caller(role).header("Content-Type", "application/x-www-form-urlencoded").sendRaw(row.method(), path,
                                    "service_code=OTHER&description=d&address_string=" + UUID.randomUUID() + "&attribute%5Bestate_id%5D=" + estate)
                            : caller(role).send(row.method(), path, "FILE".equals(row.body()) ? complaintJson(estate) : row.body());
                    Outcome actual = Outcome.of(response.status());
                    Outcome expected = row.line().expected(role, own);
                    if (actual != expected) {
                        mismatches.add(row.method() + " " + row.path() + " as " + role.code() + " (" + (own ? "own" : "other")
                                + "): expected " + expected + ", got " + response);
                    }
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void theDocsShowTheMatrixAsTested() {
        assertDocShows(DOC, markdown("Authorization matrix: complaints", """
                Generated from `AuthorizationMatrixIT` in the complaints service, which calls every endpoint
                as every role. Each cell is *own / other*: "own" is a complaint the calling resident filed on
                an estate of the caller's street and community, served by the caller's company and still with
                its first handler (that company); "other" is one filed elsewhere by someone else. ✔ allowed,
                403 the role may not, 404 outside the caller's scope. Acting on a complaint is for its current handler (street
                office, residents' committee or department, by their claim) and the district; closing and
                reopening for the complainant and the district. A service company sees and handles the complaints
                about the estates it serves today, as the agreements service announces them (agreements.v1).
                Every role reads a year's working-day calendar; its loaded versions are for the district and
                auditors; only the district admin loads a year's official arrangement. Every role reads the district's
                division of complaint duties (who handles which kind of complaint); only the district admin records or
                revokes a decision. A street office records its own street's fire-lane patrols and fire-safety sessions
                (the district may on its behalf); the district, inspectors, auditors, the fire-rescue department and the
                street's own offices and committees read them.

                """,
                ROWS.stream().map(Row::line).toList()));
    }

    static String firePatrol(String street, String estate) {
        return """
                {"street": "%s", "day": "2026-03-09", "route": ["%s"], "patrolledBy": ["李明"], "findings": []}""".formatted(street, estate);
    }

    static String fireSession(String street, String estate) {
        return """
                {"street": "%s", "day": "2026-03-09", "estates": ["%s"], "topic": "防火", "givenBy": "消防救援站", "attendance": 30}"""
                .formatted(street, estate);
    }

    static String id(TestHttp.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return JsonMapper.builder().build().readTree(response.body()).path("id").asString();
    }

    /** 2026's arrangement as shipped, as the district admin would type it in. */
    static final String CALENDAR_2026 = shippedCalendar2026();

    static String shippedCalendar2026() {
        try (var in = AuthorizationMatrixIT.class.getClassLoader().getResourceAsStream("calendar/china-2026.json")) {
            var json = (tools.jackson.databind.node.ObjectNode) JsonMapper.builder().build().readTree(in);
            json.remove("year");
            return json.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    String calendarETag() {
        return caller(Role.DISTRICT_ADMIN).get("/api/calendar/years/2026").header("ETag");
    }

    TestHttp caller(Role role) {
        Map<String, String> scope = switch (role) {
            case STREET_OFFICER -> Map.of("street", "chunhua");
            case COMMUNITY_OFFICER, RESIDENT -> Map.of("street", "chunhua", "community", "chunhua-xinhua");
            case DEPARTMENT_OFFICER -> Map.of("department", "housing");
            case SERVICE_COMPANY -> Map.of("company_id", "anju");
            default -> Map.of();
        };
        return new TestHttp("http://127.0.0.1:" + port, INFRA.issuer().token("matrix-" + role.code(), List.of(role.code()), scope));
    }

    String file(TestHttp who, String estate) {
        TestHttp.Response response = who.post("/api/complaints", complaintJson(estate));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return JsonMapper.builder().build().readTree(response.body()).path("id").asString();
    }

    /** A fresh place each time, so no complaint is linked to another as a repeat; reporter and channel follow the role. */
    static String complaintJson(String estate) {
        return """
                {"estateId": "%s", "category": "SERVICE_CLEANING", "place": "%s", "description": "d"}""".formatted(estate, UUID.randomUUID());
    }

}
