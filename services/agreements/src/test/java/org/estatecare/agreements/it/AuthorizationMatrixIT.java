package org.estatecare.agreements.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.estatecare.kit.testing.AuthorizationMatrices.assertDocShows;
import static org.estatecare.kit.testing.AuthorizationMatrices.assertEveryEndpointHasALine;
import static org.estatecare.kit.testing.AuthorizationMatrices.markdown;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.estatecare.kit.security.Role;
import org.estatecare.kit.testing.AuthorizationMatrices.Line;
import org.estatecare.kit.testing.AuthorizationMatrices.Outcome;
import org.estatecare.testing.TestHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The agreements service's authorization matrix: every endpoint × role × own/other scope, walked over
 * HTTP; an endpoint without a row fails; rendered to docs/authorization-agreements.md. "Own" is an
 * estate of the caller's street and community served by the caller's company; "other" is an estate of
 * another street served by another company.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT extends AgreementsServiceIT {

    /** What {@code {id}} in a row's path stands for. */
    enum Target { NONE, COMPANY, FRESH_COMPANY, AGREEMENT, DRAFT, SIGNED, PUBLICATION, REPORT, HOUSEHOLD, DAMAGE }

    record Row(String method, String path, Target target, String body, Outcome[] outcomes) {

        Line line() {
            return new Line(method, path, outcomes);
        }
    }

    static final Outcome A = Outcome.ALLOWED;
    static final Outcome F = Outcome.FORBIDDEN;
    static final Outcome N = Outcome.NOT_FOUND;
    static final Path DOC = Path.of("../../docs/authorization-agreements.md");
    static final String INTRODUCTION = """
            Generated from `AuthorizationMatrixIT` in the agreements service, which calls every endpoint
            as every role. Each cell is *own / other*: "own" is an estate of the caller's street and
            community served by the caller's company; "other" is an estate of another street served by
            another company. ✔ allowed, 403 the role may not, 404 outside the caller's scope. The district
            keeps the company register and the fee standards; the estate's side (district, street office,
            residents' committee) signs, amends, renews and ends agreements; a company drafts its own and
            records and reports the money of the estates it serves. Residents read the quarterly fee
            publications, which are addressed to them. A household's fee account is kept by the company serving
            the estate and seen by that company and the household's own residents, nobody else (R-RES-1); the
            estate's totals are for the district, its street, its company, auditors and finance. Damage to
            buildings and shared facilities is recorded by the company, the street office or the district; a
            resident reads the damage its household is liable for.
            """;
    static final String OWN_COMPANY = "matrix-own";
    static final String OTHER_COMPANY = "matrix-other";

    //                                               admin  inspector street community department company resident auditor finance
    static final Outcome[] ADMIN_ONLY = {A, A, F, F, F, F, F, F, F, F, F, F, F, F, F, F, F, F};
    static final Outcome[] EVERYONE = {A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A};
    static final Outcome[] READ_SCOPED = {A, A, A, A, A, N, A, N, A, A, A, N, N, N, A, A, N, N};
    static final Outcome[] ESTATE_SIDE = {A, A, F, F, A, N, A, N, F, F, F, F, F, F, F, F, F, F};
    static final Outcome[] COMPANY_REPORTS = {A, A, F, F, F, F, F, F, F, F, A, N, F, F, F, F, F, F};
    // residents' accounts (R-RES-1): the household's and its company's only
    static final Outcome[] COMPANY_KEEPS = {F, F, F, F, F, F, F, F, F, F, A, N, F, F, F, F, F, F};
    static final Outcome[] HOUSEHOLD_AND_COMPANY = {F, F, F, F, F, F, F, F, F, F, A, N, A, N, F, F, F, F};
    static final Outcome[] DAMAGE_RECORDERS = {A, A, F, F, A, N, F, F, F, F, A, N, F, F, F, F, F, F};

    static final List<Row> ROWS = List.of(
            new Row("POST", "/api/companies", Target.NONE, "NEW_COMPANY", ADMIN_ONLY),
            new Row("GET", "/api/companies", Target.NONE, null, EVERYONE),
            new Row("GET", "/api/companies/{id}", Target.COMPANY, null, EVERYONE),
            new Row("PUT", "/api/companies/{id}", Target.COMPANY, "COMPANY_FACTS", ADMIN_ONLY),
            new Row("POST", "/api/companies/{id}/suspension", Target.FRESH_COMPANY, "{\"reason\": \"r\"}", ADMIN_ONLY),
            new Row("POST", "/api/companies/{id}/reinstatement", Target.FRESH_COMPANY, "{\"reason\": \"r\"}", ADMIN_ONLY),
            new Row("POST", "/api/companies/{id}/deregistration", Target.FRESH_COMPANY, "{\"reason\": \"r\"}", ADMIN_ONLY),
            new Row("POST", "/api/agreements", Target.NONE, "DRAFT", new Outcome[] {A, A, F, F, A, N, A, N, F, F, A, F, F, F, F, F, F, F}),
            new Row("GET", "/api/agreements", Target.NONE, null, EVERYONE),
            new Row("GET", "/api/agreements/{id}", Target.AGREEMENT, null, READ_SCOPED),
            new Row("GET", "/api/agreements/{id}/history", Target.AGREEMENT, null, READ_SCOPED),
            new Row("PUT", "/api/agreements/{id}", Target.DRAFT, "DRAFT", new Outcome[] {A, A, F, F, A, N, A, N, F, F, A, N, F, F, F, F, F, F}),
            new Row("POST", "/api/agreements/{id}/signing", Target.DRAFT, "{}", ESTATE_SIDE),
            new Row("POST", "/api/agreements/{id}/amendments", Target.AGREEMENT, "AMENDMENT", ESTATE_SIDE),
            new Row("POST", "/api/agreements/{id}/termination", Target.SIGNED,
                    "{\"lastDay\": \"2026-12-31\", \"reason\": \"BY_PARTIES\"}", ESTATE_SIDE),
            new Row("POST", "/api/agreements/{id}/renewal", Target.AGREEMENT, "{\"termEnd\": \"2031-12-31\"}", ESTATE_SIDE),
            new Row("POST", "/api/fee-standards", Target.NONE, "STANDARD", ADMIN_ONLY),
            new Row("GET", "/api/fee-standards", Target.NONE, null, EVERYONE),
            new Row("GET", "/api/estates/{estateId}/fee-class", Target.NONE, null, EVERYONE),
            new Row("PUT", "/api/estates/{estateId}/fee-class", Target.NONE, "{\"estateClass\": \"CLASS_2\", \"from\": \"2026-01-01\"}", ADMIN_ONLY),
            new Row("PUT", "/api/estates/{estateId}/fee-collections/{month}", Target.NONE,
                    "{\"householdsBilled\": 480, \"householdsPaid\": 400, \"amountBilled\": 36000, \"amountCollected\": 30000}",
                    COMPANY_REPORTS),
            new Row("GET", "/api/estates/{estateId}/fee-collections?from=2026-01&to=2026-12", Target.NONE, null, EVERYONE),
            new Row("POST", "/api/estates/{estateId}/fee-publications", Target.NONE, "{\"quarter\": \"2026-Q1\", \"uses\": []}",
                    COMPANY_REPORTS),
            new Row("GET", "/api/estates/{estateId}/fee-publications", Target.NONE, null, EVERYONE),
            new Row("GET", "/api/fee-publications/{id}", Target.PUBLICATION, null, new Outcome[] {A, A, A, A, A, N, A, N, A, A, A, N, A, A, A, A, N, N}),
            new Row("POST", "/api/estates/{estateId}/subsidy-use-reports", Target.NONE,
                    "{\"quarter\": \"2026-Q1\", \"subsidyReceived\": 100, \"uses\": [{\"category\": \"STAFF\", \"amount\": 1}]}",
                    COMPANY_REPORTS),
            new Row("GET", "/api/estates/{estateId}/subsidy-use-reports", Target.NONE, null, EVERYONE),
            new Row("GET", "/api/subsidy-use-reports/{id}", Target.REPORT, null, READ_SCOPED),
            new Row("GET", "/api/codes/agreements", Target.NONE, null, EVERYONE),
            new Row("POST", "/api/estates/{estateId}/households", Target.NONE, "HOUSEHOLD", COMPANY_KEEPS),
            new Row("GET", "/api/estates/{estateId}/households", Target.NONE, null,
                    new Outcome[] {F, F, F, F, F, F, F, F, F, F, A, A, A, A, F, F, F, F}),
            new Row("GET", "/api/estates/{estateId}/households/{id}", Target.HOUSEHOLD, null, HOUSEHOLD_AND_COMPANY),
            new Row("POST", "/api/estates/{estateId}/households/{id}/bills", Target.HOUSEHOLD, "{\"month\": \"2026-02\", \"amount\": 120}",
                    COMPANY_KEEPS),
            new Row("POST", "/api/estates/{estateId}/households/{id}/payments", Target.HOUSEHOLD,
                    "{\"paidOn\": \"2026-03-01\", \"amount\": 120, \"receipt\": \"R-1\"}", COMPANY_KEEPS),
            new Row("POST", "/api/estates/{estateId}/households/{id}/reminders", Target.HOUSEHOLD,
                    "{\"on\": \"2026-03-01\", \"channel\": \"NOTICE\"}", COMPANY_KEEPS),
            new Row("GET", "/api/estates/{estateId}/household-arrears?month=2026-02", Target.NONE, null,
                    new Outcome[] {A, A, F, F, A, N, F, F, F, F, A, N, F, F, A, A, A, A}),
            new Row("POST", "/api/estates/{estateId}/damages", Target.NONE,
                    "{\"facility\": \"UNIT_DOORS\", \"description\": \"单元门被撞坏\", \"foundOn\": \"2026-03-01\", \"liableParty\": \"货运司机\"}",
                    DAMAGE_RECORDERS),
            new Row("GET", "/api/estates/{estateId}/damages", Target.NONE, null,
                    new Outcome[] {A, A, A, A, A, A, F, F, F, F, A, A, A, A, A, A, F, F}),
            new Row("GET", "/api/estates/{estateId}/damages/{id}", Target.DAMAGE, null,
                    new Outcome[] {A, A, A, A, A, N, F, F, F, F, A, N, A, N, A, A, F, F}),
            new Row("POST", "/api/estates/{estateId}/damages/{id}/repair", Target.DAMAGE,
                    "{\"repairedOn\": \"2026-03-05\", \"cost\": 800}", DAMAGE_RECORDERS),
            new Row("POST", "/api/estates/{estateId}/damages/{id}/recoveries", Target.DAMAGE,
                    "{\"recoveredOn\": \"2026-03-06\", \"amount\": 100}", DAMAGE_RECORDERS));

    private final AtomicInteger months = new AtomicInteger();
    private final AtomicInteger standardDays = new AtomicInteger();
    private final Map<String, String> creditCodes = new LinkedHashMap<>();
    private String[] estates;
    private String[] agreements;
    private String[] publications;
    private String[] reports;
    private final String[] households = new String[2];
    private final String[] damages = new String[2];

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @BeforeAll
    void scene() {
        for (String company : List.of(OWN_COMPANY, OTHER_COMPANY)) {
            String code = CreditCodes.next();
            creditCodes.put(company, code);
            TestHttp.Response registered = admin().post("/api/companies", companyJson(company, code));
            assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        }
        estates = new String[] {companyEstate("chunhua", "chunhua-xinhua"), companyEstate("dongxin", "dongxin-huaxin")};
        agreements = new String[] {signedAgreement(estates[0], OWN_COMPANY, "2026-01-01", "2028-12-31"),
                signedAgreement(estates[1], OTHER_COMPANY, "2026-01-01", "2028-12-31")};
        publications = new String[2];
        reports = new String[2];
        CLOCK.set(java.time.LocalDateTime.of(2026, 4, 2, 10, 0).atZone(org.estatecare.agreements.agreement.Agreement.BUSINESS_ZONE)
                .toInstant());
        for (int i = 0; i < 2; i++) {
            for (String month : List.of("2026-01", "2026-02", "2026-03")) {
                admin().send("PUT", "/api/estates/" + estates[i] + "/fee-collections/" + month,
                        "{\"householdsBilled\": 480, \"householdsPaid\": 400, \"amountBilled\": 36000, \"amountCollected\": 30000}");
            }
            publications[i] = json(admin().post("/api/estates/" + estates[i] + "/fee-publications",
                    "{\"quarter\": \"2026-Q1\", \"uses\": []}")).get("id").asString();
            reports[i] = json(admin().post("/api/estates/" + estates[i] + "/subsidy-use-reports",
                    "{\"quarter\": \"2026-Q1\", \"subsidyReceived\": 100, \"uses\": [{\"category\": \"STAFF\", \"amount\": 1}]}"))
                    .get("id").asString();
        }
        CLOCK.set(START);
        for (int i = 0; i < 2; i++) {
            String company = i == 0 ? OWN_COMPANY : OTHER_COMPANY;
            TestHttp.Response opened = as("matrix-" + company, "service-company", Map.of("company_id", company)).post(
                    "/api/estates/" + estates[i] + "/households", """
                            {"building": "1", "unit": "1", "room": "101", "feePerMonth": 120, "residents": ["%s"]}"""
                            .formatted(i == 0 ? "matrix-resident" : "someone-else"));
            assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
            households[i] = json(opened).get("id").asString();
            TestHttp.Response damaged = admin().post("/api/estates/" + estates[i] + "/damages", """
                    {"facility": "UNIT_DOORS", "description": "单元门被撞坏", "foundOn": "2026-03-01", "liableHouseholdId": "%s"}"""
                    .formatted(households[i]));
            assertThat(damaged.status()).as(damaged.toString()).isEqualTo(201);
            damages[i] = json(damaged).get("id").asString();
        }
    }

    @AfterAll
    void backToStart() {
        CLOCK.set(START);
    }

    @Test
    void everyEndpointHasARow() {
        assertEveryEndpointHasALine(mappings, ROWS.stream().map(Row::line).toList());
    }

    @Test
    void everyRoleOnOwnAndOtherScopeGetsWhatTheMatrixSays() {
        List<String> mismatches = new ArrayList<>();
        for (Row row : ROWS) {
            for (Role role : Role.values()) {
                for (int scope = 0; scope < 2; scope++) {
                    String company = scope == 0 ? OWN_COMPANY : OTHER_COMPANY;
                    String id = switch (row.target()) {
                        case NONE -> "";
                        case COMPANY -> company;
                        case FRESH_COMPANY -> registeredCompany();
                        case AGREEMENT -> agreements[scope];
                        case DRAFT -> json(admin().post("/api/agreements", draft(estates[scope], company))).get("id").asString();
                        case SIGNED -> signedInFuture(estates[scope], company);
                        case PUBLICATION -> publications[scope];
                        case REPORT -> reports[scope];
                        case HOUSEHOLD -> households[scope];
                        case DAMAGE -> damages[scope];
                    };
                    String path = row.path().replace("{id}", id).replace("{estateId}", estates[scope]).replace("{month}", "2026-02");
                    TestHttp.Response response = caller(role).header("If-Match", "*").send(row.method(), path, body(row, scope, company));
                    Outcome actual = Outcome.of(response.status());
                    Outcome expected = row.line().expected(role, scope == 0);
                    if (actual != expected) {
                        mismatches.add(row.method() + " " + row.path() + " as " + role.code() + " (" + (scope == 0 ? "own" : "other")
                                + "): expected " + expected + ", got " + response);
                    }
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void theDocsShowTheMatrixAsTested() {
        assertDocShows(DOC, markdown("Authorization matrix: agreements", INTRODUCTION, ROWS.stream().map(Row::line).toList()));
    }

    TestHttp caller(Role role) {
        Map<String, String> scope = switch (role) {
            case STREET_OFFICER -> Map.of("street", "chunhua");
            case COMMUNITY_OFFICER, RESIDENT -> Map.of("street", "chunhua", "community", "chunhua-xinhua");
            case DEPARTMENT_OFFICER -> Map.of("department", "housing");
            case SERVICE_COMPANY -> Map.of("company_id", OWN_COMPANY);
            default -> Map.of();
        };
        return as("matrix-" + role.code(), role.code(), scope);
    }

    private String body(Row row, int scope, String company) {
        if (row.body() == null) {
            return null;
        }
        return switch (row.body()) {
            case "NEW_COMPANY" -> companyJson("matrix-" + months.incrementAndGet(), CreditCodes.next());
            case "COMPANY_FACTS" -> """
                    {"name": "矩阵物业 %s", "creditCode": "%s", "legalRepresentative": "李四"}""".formatted(company, creditCodes.get(company));
            case "DRAFT" -> draft(estates[scope], company);
            case "HOUSEHOLD" -> """
                    {"building": "2", "unit": "1", "room": "%d", "feePerMonth": 120}""".formatted(100 + months.incrementAndGet());
            case "AMENDMENT" -> """
                    {"effectiveFrom": "2028-12-01", "reason": "r",
                     "basicServices": {"gateDuty": {"hoursPerDay": 24, "posts": 2}, "patrol": {"roundsPerDay": 4},
                       "cleaning": {"timesPerWeek": 7, "scope": "s"}, "parking": {"scope": "p"}},
                     "fee": {"basis": "PER_SQUARE_METRE_MONTH", "amount": 1.20}}""";
            case "STANDARD" -> """
                    {"estateClass": "CLASS_3", "basis": "PER_HOUSEHOLD_MONTH", "minimum": 10, "maximum": 30,
                     "effectiveFrom": "%s"}""".formatted(java.time.LocalDate.of(2030, 1, 1).plusDays(standardDays.incrementAndGet()));
            default -> row.body();
        };
    }

    /** A draft whose term lies in a year of its own, so signing it never overlaps anything. */
    private String draft(String estate, String company) {
        // one month each, from 2040 on: distinct terms, all within the dates the service accepts
        java.time.YearMonth month = java.time.YearMonth.of(2040, 1).plusMonths(months.incrementAndGet());
        return draftJson(estate, company, month.atDay(1).toString(), month.atEndOfMonth().toString(), "1.20", null);
    }

    private String signedInFuture(String estate, String company) {
        String id = json(admin().post("/api/agreements", draft(estate, company))).get("id").asString();
        TestHttp.Response signed = admin().post("/api/agreements/" + id + "/signing", "{}");
        assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
        return id;
    }

    private static String companyJson(String id, String code) {
        return """
                {"id": "%s", "name": "矩阵物业 %s", "creditCode": "%s", "legalRepresentative": "李四"}""".formatted(id, id, code);
    }
}
