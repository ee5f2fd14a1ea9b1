package org.estatecare.subsidies.it;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.estatecare.kit.testing.BadInputWalker;
import org.estatecare.testing.TestHttp;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * Every POST of the subsidies service's OpenAPI document, sent malformed, wrongly typed, out-of-range, oversized and
 * control-character input: each must answer 4xx problem+json and change nothing. Each operation gets a valid example
 * and a caller who may make it, so that a case reaches validation, not a 403.
 */
@Tag("bad-input")
class BadInputIT extends SubsidiesIntegrationTest {

    static final String PERIOD = "2024-10";

    TestHttp user(String name) {
        return new TestHttp("http://127.0.0.1:" + port, tokens().tokenFor(name));
    }

    TestHttp officerOf(String street) {
        return new TestHttp("http://127.0.0.1:" + port, tokens().token("bad-input-" + street, List.of("street-officer"),
                Map.of("street", street)));
    }

    @TestFactory
    @DisplayName("bad input to any POST is 4xx problem+json and changes nothing")
    Stream<DynamicTest> everyWriteRefusesBadInput() {
        standardRates();
        String estate = servedEstate(STREET, LocalDate.of(2024, 1, 1), "2000.00", "bad-input-co");
        compute(PERIOD);
        BadInputWalker walker = BadInputWalker.of("subsidies", user("admin"), mongo.getDb());
        walker.validBody("POST /api/subsidy-policy/rates", """
                        {"share": "DISTRICT", "estateClass": "CLASS_2", "unit": "PER_HOUSEHOLD_MONTH", "amount": 12.50,
                         "effectiveFrom": "2027-01-01"}""")
                .validBody("POST /api/subsidy-policy/grade-factors", """
                        {"excellent": 1, "good": 0.9, "pass": 0.7, "fail": 0, "effectiveFrom": "2027-01-01"}""")
                .validBody("POST /api/subsidy-policy/recipients", """
                        {"mode": "OWNER_SELF_MANAGEMENT", "code": "owner-unit", "name": "产权单位", "effectiveFrom": "2027-01-01"}""")
                .validBody("POST /api/subsidy-policy/budgets", "{\"street\": \"chunhua\", \"year\": 2026, \"amount\": 1200000.00}")
                .validBody("POST /api/allocation-runs", "{\"period\": \"" + PERIOD + "\"}")
                .fixture("POST /api/allocation-runs/{id}/streets/{street}/approval", () -> Map.of("id", "run-" + PERIOD,
                        "street", STREET))
                .caller("POST /api/allocation-runs/{id}/streets/{street}/approval", officerOf(STREET))
                .fixture("POST /api/allocation-runs/{id}/approval", () -> Map.of("id", "run-" + PERIOD))
                .caller("POST /api/allocation-runs/{id}/approval", user("admin2"))
                .validBody("POST /api/allocation-runs/{id}/disbursement", "{\"paymentReference\": \"HDCZ-2024-1101\"}")
                .fixture("POST /api/allocation-runs/{id}/disbursement", this::approvedRun)
                .caller("POST /api/allocation-runs/{id}/disbursement", user("finance"))
                .validBody("POST /api/audit-findings", """
                        {"quarter": "2024-Q4", "street": "chunhua", "estateId": "e-1", "companyId": "bad-input-co",
                         "flags": ["UNDER_REPORTED"], "action": "HOLD_NEXT_DISBURSEMENT", "note": "少报补贴收入"}""")
                .caller("POST /api/audit-findings", user("auditor"))
                .validBody("POST /api/audit-findings/{id}/closure", "{\"note\": \"已整改\"}")
                .fixture("POST /api/audit-findings/{id}/closure", () -> Map.of("id", as("auditor").post("/api/audit-findings",
                        "{\"quarter\": \"2024-Q4\", \"street\": \"chunhua\", \"action\": \"NOTE_ONLY\"}").json().path("id").asString()))
                .caller("POST /api/audit-findings/{id}/closure", user("auditor"))
                .validBody("POST /api/maintenance-fund-uses", """
                        {"estateId": "%s", "fund": "STREET", "facility": "FIRE_EQUIPMENT", "purpose": "更换灭火器", "amount": 860.50,
                         "spentOn": "2024-11-02", "approval": {"approvedBy": "春华街道办事处", "reference": "春华〔2024〕3号",
                         "approvedOn": "2024-11-01"}, "invoiceReference": "FP-BAD-INPUT", "maintenanceUnit": "津安消防"}"""
                        .formatted(estate))
                .validBody("POST /api/maintenance-fund-uses/{id}/voiding", "{\"reason\": \"重复登记\"}")
                .fixture("POST /api/maintenance-fund-uses/{id}/voiding", () -> Map.of("id", fundUse(estate)));
        return walker.cases();
    }

    /** A fresh use with an invoice of its own, standing, for a voiding to reach. */
    String fundUse(String estate) {
        return as("admin").post("/api/maintenance-fund-uses", """
                {"estateId": "%s", "fund": "STREET", "facility": "LIFT", "purpose": "电梯维保", "amount": 100,
                 "spentOn": "2024-11-02", "approval": {"approvedBy": "春华街道办事处", "reference": "春华〔2024〕4号",
                 "approvedOn": "2024-11-01"}, "invoiceReference": "FP-%s"}""".formatted(estate, java.util.UUID.randomUUID()))
                .json().path("id").asString();
    }

    private final java.util.concurrent.atomic.AtomicInteger months = new java.util.concurrent.atomic.AtomicInteger();

    /** A fresh run approved by the streets and the district, waiting for its payment: one month of 2023 after another. */
    Map<String, String> approvedRun() {
        String period = java.time.YearMonth.of(2023, 1).plusMonths(months.getAndIncrement()).toString();
        String id = compute(period).path("id").asString();
        approve(id);
        return Map.of("id", id);
    }
}
