package org.estatecare.subsidies.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The district's subsidy policy over real HTTP: decisions, their checks, and the ETag they need. */
class PolicyIT extends SubsidiesIntegrationTest {

    @Test
    @DisplayName("R-SUB-1: a rate carries at most the decimals of its unit, and is more than nothing; refusals change nothing")
    void rateChecks() {
        long before = admin().get("/api/subsidy-policy").json().path("revision").asLong();
        Api.Response tooPrecise = decide("/api/subsidy-policy/rates", """
                {"share": "MUNICIPAL", "estateClass": "CLASS_2", "unit": "PER_HOUSEHOLD_MONTH", "amount": 12.505,
                 "effectiveFrom": "2026-01-01"}""");
        assertThat(tooPrecise.status()).isEqualTo(422);
        assertThat(tooPrecise.json().path("violations").get(0).path("condition").asString()).isEqualTo("rate-too-precise");
        Api.Response tooFar = decide("/api/subsidy-policy/rates", """
                {"share": "MUNICIPAL", "estateClass": "CLASS_2", "unit": "PER_SQUARE_METRE_MONTH", "amount": 0.1234,
                 "effectiveFrom": "2099-01-01"}""");
        assertThat(tooFar.status()).isEqualTo(422);
        assertThat(admin().get("/api/subsidy-policy").json().path("revision").asLong()).isEqualTo(before);

        Api.Response decided = decide("/api/subsidy-policy/rates", """
                {"share": "MUNICIPAL", "estateClass": "CLASS_2", "unit": "PER_SQUARE_METRE_MONTH", "amount": 0.1234,
                 "effectiveFrom": "2026-01-01"}""");
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        assertThat(decided.json().path("rates")).anySatisfy(rate -> {
            assertThat(rate.path("amount").decimalValue()).isEqualByComparingTo("0.1234");
            assertThat(rate.path("unit").path("label").asString()).isEqualTo("元/平方米·月");
            assertThat(rate.path("decidedBy").asString()).isEqualTo("admin");
        });
    }

    @Test
    @DisplayName("R-SUB-2: grade factors are between 0 and 1, never higher for a worse grade, from a month's first day")
    void factorChecks() {
        Api.Response increasing = decide("/api/subsidy-policy/grade-factors",
                "{\"excellent\": 0.8, \"good\": 0.9, \"pass\": 0.7, \"fail\": 0, \"effectiveFrom\": \"2026-03-01\"}");
        assertThat(increasing.status()).isEqualTo(422);
        assertThat(increasing.json().path("violations").get(0).path("condition").asString()).isEqualTo("factors-increasing");
        Api.Response midMonth = decide("/api/subsidy-policy/grade-factors",
                "{\"excellent\": 1, \"good\": 0.9, \"pass\": 0.7, \"fail\": 0, \"effectiveFrom\": \"2026-03-15\"}");
        assertThat(midMonth.status()).isEqualTo(422);
        assertThat(midMonth.json().path("violations").get(0).path("condition").asString())
                .isEqualTo("factors-not-from-month-start");
        Api.Response companyMode = decide("/api/subsidy-policy/recipients",
                "{\"mode\": \"SERVICE_COMPANY\", \"code\": \"x\", \"name\": \"x\", \"effectiveFrom\": \"2026-03-01\"}");
        assertThat(companyMode.status()).isEqualTo(422);
    }

    @Test
    @DisplayName("R-SUB-1: a decision needs the policy's ETag: 428 without, 412 when stale")
    void decisionsNeedTheETag() {
        String body = "{\"street\": \"chunhua\", \"year\": 2026, \"amount\": 1200000.00}";
        assertThat(admin().post("/api/subsidy-policy/budgets", body).status()).isEqualTo(428);
        String etag = admin().get("/api/subsidy-policy").header("ETag");
        assertThat(admin().header("If-Match", etag).post("/api/subsidy-policy/budgets", body).status()).isEqualTo(200);
        assertThat(admin().header("If-Match", etag).post("/api/subsidy-policy/budgets", body).status()).isEqualTo(412);
    }
}
