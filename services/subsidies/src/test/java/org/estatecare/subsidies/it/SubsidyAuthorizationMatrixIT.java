package org.estatecare.subsidies.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.estatecare.kit.testing.AuthorizationMatrices.Outcome.ALLOWED;
import static org.estatecare.kit.testing.AuthorizationMatrices.Outcome.FORBIDDEN;
import static org.estatecare.kit.testing.AuthorizationMatrices.Outcome.NOT_FOUND;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.estatecare.kit.security.Role;
import org.estatecare.kit.testing.AuthorizationMatrices;
import org.estatecare.kit.testing.AuthorizationMatrices.Line;
import org.estatecare.kit.testing.AuthorizationMatrices.Outcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may call which endpoint of the subsidies service: every endpoint × every role × the caller's own street and
 * company and another's, over HTTP, rendered to {@code docs/authorization-subsidies.md}.
 */
class SubsidyAuthorizationMatrixIT extends SubsidiesIntegrationTest {

    static final Path DOC = Path.of("../../docs/authorization-subsidies.md");
    static final String OWN_STREET = STREET;
    static final String OTHER_STREET = "dongxin";
    static final String OWN_COMPANY = "matrix-own";
    static final String OTHER_COMPANY = "matrix-other";
    static final String PERIOD = "2024-11";
    static final String INTRODUCTION = """
            Generated from `SubsidyAuthorizationMatrixIT` in the subsidies service, which calls every endpoint
            as every role. Each cell is *own / other*: "own" is the caller's street and company, "other" another
            street's and company's. ✔ allowed, 403 the role may not, 404 outside the caller's scope. The district
            decides the policy, computes the runs and approves them (核拨) once each street office has approved its
            street's lines; finance records the payment; whoever computed or changed a run approves and pays
            nothing of it (403, shown in `RunIT`). The district, the city's inspectors, auditors and finance see
            every line; a street office its street's; a company the lines paid to it. The ledger is read by the
            district, the city, auditors and finance; audit findings are recorded by auditors and the district.
            Maintenance-fund uses are recorded and voided by the district and by a street office for its own
            street's estates (an estate of another street is unknown to it: 422), and read like the ledger, a
            street office its street's.
            """;

    //                                          admin inspector street community department company resident auditor finance
    static final Outcome[] POLICY_READERS = {A(), A(), A(), A(), A(), A(), F(), F(), F(), F(), F(), F(), F(), F(), A(), A(),
            A(), A()};
    static final Outcome[] DISTRICT = {A(), A(), F(), F(), F(), F(), F(), F(), F(), F(), F(), F(), F(), F(), F(), F(), F(), F()};
    static final Outcome[] RUN_READERS = POLICY_READERS;
    static final Outcome[] LINE_READERS = {A(), A(), A(), A(), A(), A(), F(), F(), F(), F(), A(), A(), F(), F(), A(), A(),
            A(), A()};
    static final Outcome[] STREET_APPROVERS = {F(), F(), F(), F(), A(), F(), F(), F(), F(), F(), F(), F(), F(), F(), F(), F(),
            F(), F()};
    static final Outcome[] FINANCE = {F(), F(), F(), F(), F(), F(), F(), F(), F(), F(), F(), F(), F(), F(), F(), F(), A(), A()};
    static final Outcome[] LEDGER_READERS = {A(), A(), A(), A(), F(), F(), F(), F(), F(), F(), F(), F(), F(), F(), A(), A(),
            A(), A()};
    static final Outcome[] AUDITORS = {A(), A(), F(), F(), F(), F(), F(), F(), F(), F(), F(), F(), F(), F(), A(), A(), F(), F()};
    static final Outcome[] FINDING_READERS = {A(), A(), A(), A(), A(), N(), F(), F(), F(), F(), F(), F(), F(), F(), A(), A(),
            A(), A()};
    static final Outcome[] FUND_WRITERS = {A(), A(), F(), F(), A(), N(), F(), F(), F(), F(), F(), F(), F(), F(), F(), F(), F(),
            F()};
    static final Outcome[] FUND_READERS = {A(), A(), A(), A(), A(), N(), F(), F(), F(), F(), F(), F(), F(), F(), A(), A(),
            A(), A()};
    static final Outcome[] EVERYONE = {A(), A(), A(), A(), A(), A(), A(), A(), A(), A(), A(), A(), A(), A(), A(), A(), A(), A()};

    record Row(String method, String path, String body, Outcome[] outcomes) {

        Line line() {
            return new Line(method, path, outcomes);
        }
    }

    static final List<Row> ROWS = List.of(
            new Row("GET", "/api/subsidy-policy", null, POLICY_READERS),
            new Row("POST", "/api/subsidy-policy/rates", """
                    {"share": "MUNICIPAL", "estateClass": "CLASS_3", "unit": "PER_HOUSEHOLD_MONTH", "amount": 9.50,
                     "effectiveFrom": "2027-01-01"}""", DISTRICT),
            new Row("POST", "/api/subsidy-policy/grade-factors", """
                    {"excellent": 1, "good": 0.9, "pass": 0.7, "fail": 0, "effectiveFrom": "2020-01-01"}""", DISTRICT),
            new Row("POST", "/api/subsidy-policy/recipients", """
                    {"mode": "RESIDENT_SELF_GOVERNANCE", "code": "street-fund", "name": "街道自治经费", "effectiveFrom": "2020-01-01"}""",
                    DISTRICT),
            new Row("POST", "/api/subsidy-policy/budgets", "{\"street\": \"matrix\", \"year\": 2026, \"amount\": 100}", DISTRICT),
            new Row("POST", "/api/allocation-runs", "{\"period\": \"" + PERIOD + "\"}", DISTRICT),
            new Row("GET", "/api/allocation-runs", null, RUN_READERS),
            new Row("GET", "/api/allocation-runs/{id}", null, RUN_READERS),
            new Row("GET", "/api/allocation-runs/{id}/history", null, RUN_READERS),
            new Row("GET", "/api/allocation-runs/{id}/lines", null, LINE_READERS),
            new Row("GET", "/api/allocation-runs/{id}/export.csv", null, RUN_READERS),
            new Row("GET", "/api/allocation-runs/{id}/export.xlsx", null, RUN_READERS),
            new Row("POST", "/api/allocation-runs/{id}/streets/{street}/approval", null, STREET_APPROVERS),
            new Row("POST", "/api/allocation-runs/{id}/approval", null, DISTRICT),
            new Row("POST", "/api/allocation-runs/{id}/disbursement", "{\"paymentReference\": \"HD-1\"}", FINANCE),
            new Row("GET", "/api/subsidy-ledger", null, LEDGER_READERS),
            new Row("GET", "/api/subsidy-ledger/verification", null, LEDGER_READERS),
            new Row("GET", "/api/subsidy-reconciliation?quarter=2024-Q4", null, RUN_READERS),
            new Row("POST", "/api/audit-findings", "{\"quarter\": \"2024-Q4\", \"street\": \"chunhua\", \"action\": \"NOTE_ONLY\"}",
                    AUDITORS),
            new Row("GET", "/api/audit-findings", null, RUN_READERS),
            new Row("GET", "/api/audit-findings/{id}", null, FINDING_READERS),
            new Row("POST", "/api/audit-findings/{id}/closure", "{\"note\": \"n\"}", AUDITORS),
            new Row("POST", "/api/maintenance-fund-uses", """
                    {"estateId": "e-matrix", "fund": "STREET", "facility": "LIFT", "purpose": "电梯维保", "amount": 100,
                     "spentOn": "2024-11-02", "approval": {"approvedBy": "街道办事处", "reference": "街维1号",
                     "approvedOn": "2024-11-01"}, "invoiceReference": "FP-MATRIX"}""", FUND_RECORDERS()),
            new Row("GET", "/api/maintenance-fund-uses", null, FUND_READERS_LIST()),
            new Row("GET", "/api/maintenance-fund-uses/{id}", null, FUND_READERS),
            new Row("POST", "/api/maintenance-fund-uses/{id}/voiding", "{\"reason\": \"录入错误\"}", FUND_WRITERS),
            new Row("GET", "/api/maintenance-fund-uses/export.csv", null, FUND_READERS_LIST()),
            new Row("GET", "/api/maintenance-fund-uses/export.xlsx", null, FUND_READERS_LIST()),
            new Row("GET", "/api/codes/subsidies", null, EVERYONE));

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyEndpointHasARowAndTheDocShowsTheMatrix() {
        List<Line> lines = ROWS.stream().map(Row::line).toList();
        AuthorizationMatrices.assertEveryEndpointHasALine(mappings, lines);
        AuthorizationMatrices.assertDocShows(DOC, AuthorizationMatrices.markdown("Authorization matrix — subsidies",
                INTRODUCTION, lines));
    }

    @Test
    void everyRoleOnOwnAndOtherScopeGetsWhatTheMatrixSays() {
        standardRates();
        servedEstate(OWN_STREET, LocalDate.of(2024, 1, 1), "3000.00", OWN_COMPANY);
        servedEstate(OTHER_STREET, LocalDate.of(2024, 1, 1), "3000.00", OTHER_COMPANY);
        String[] fundUses = {fundUse(OWN_STREET), fundUse(OTHER_STREET)};
        String run = compute(PERIOD).path("id").asString();
        String[] findings = {finding(OWN_STREET), finding(OTHER_STREET)};
        List<String> mismatches = new ArrayList<>();
        for (Row row : ROWS) {
            for (Role role : Role.values()) {
                for (int side = 0; side < 2; side++) {
                    String id = row.path().startsWith("/api/audit-findings/") ? findings[side]
                            : row.path().startsWith("/api/maintenance-fund-uses/") ? fundUses[side] : run;
                    String path = row.path().replace("{id}", id).replace("{street}", side == 0 ? OWN_STREET : OTHER_STREET);
                    Api.Response response = caller(role, OWN_STREET, OWN_COMPANY).header("If-Match", "*")
                            .send(row.method(), path, row.body());
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

    String finding(String street) {
        Api.Response recorded = as("auditor").post("/api/audit-findings", "{\"quarter\": \"2024-Q4\", \"street\": \"" + street
                + "\", \"action\": \"RECTIFICATION\", \"note\": \"补贴使用报告缺失\"}");
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        return recorded.json().path("id").asString();
    }

    String fundUse(String street) {
        String estate = servedEstate(street, LocalDate.of(2024, 1, 1), "1000.00", street.equals(OWN_STREET) ? OWN_COMPANY
                : OTHER_COMPANY);
        Api.Response recorded = admin().post("/api/maintenance-fund-uses", """
                {"estateId": "%s", "fund": "DISTRICT", "facility": "PATH_BETWEEN_BUILDINGS", "purpose": "修补楼间甬路",
                 "amount": 2500, "spentOn": "2024-11-02", "approval": {"approvedBy": "区住建委", "reference": "东住建1号",
                 "approvedOn": "2024-11-01"}, "invoiceReference": "FP-%s"}""".formatted(estate, estate));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        return recorded.json().path("id").asString();
    }

    /** A street office records for its own street's estates: the same body is allowed whichever side is asked. */
    private static Outcome[] FUND_RECORDERS() {
        return new Outcome[] {A(), A(), F(), F(), A(), A(), F(), F(), F(), F(), F(), F(), F(), F(), F(), F(), F(), F()};
    }

    /** A list answers every reader; a street office's is narrowed to its street, so it is allowed on both sides. */
    private static Outcome[] FUND_READERS_LIST() {
        return new Outcome[] {A(), A(), A(), A(), A(), A(), F(), F(), F(), F(), F(), F(), F(), F(), A(), A(), A(), A()};
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
