package org.estatecare.assessments.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.estatecare.events.agreements.AgreementEvents;
import org.estatecare.events.agreements.FeePeriodPublished;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The reports a street's companies owe for a quarter, learnt from agreements.v1, missing ones found by their absence. */
class DueReportsIT extends AssessmentsIntegrationTest {

    final String street = unique("dr");

    Api officerOf(String code) {
        return new Api("http://127.0.0.1:" + port, tokens().token(code + "-officer", List.of("street-officer"),
                Map.of("street", code)), Map.of());
    }

    void feesPublished(String estate, String company, LocalDate on) {
        String id = "p-" + unique("fee");
        publish(estate, id, 1, AgreementEvents.FEE_PERIOD_PUBLISHED, new FeePeriodPublished(id, estate, street, street + "-c1",
                company, "a-" + estate, "2026-Q3", 480, 400, new BigDecimal("36000"), new BigDecimal("30000"),
                new BigDecimal("0.8333"), new BigDecimal("28000"), on.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
    }

    JsonNode reportsOf(String estate) {
        for (JsonNode row : officerOf(street).get("/api/assessments/due-reports?street=" + street + "&quarter=2026-Q3").json()
                .path("content")) {
            if (row.path("estateId").asString().equals(estate)) {
                return row;
            }
        }
        return null;
    }

    @Test
    @DisplayName("R-AGR-4: a quarter's fee publication made by its due date is on time, after it late, and never made missing once due")
    void reportsOnTimeLateAndMissing() {
        String onTime = includedEstate(street, street + "-c1", LocalDate.of(2025, 1, 1));
        String late = includedEstate(street, street + "-c1", LocalDate.of(2025, 1, 1));
        String unserved = includedEstate(street, street + "-c1", LocalDate.of(2025, 1, 1));
        servedBy(onTime, "co-a", LocalDate.of(2025, 1, 1), LocalDate.of(2030, 12, 31));
        servedBy(late, "co-b", LocalDate.of(2025, 1, 1), LocalDate.of(2030, 12, 31));
        feesPublished(onTime, "co-a", LocalDate.of(2026, 10, 9));
        feesPublished(late, "co-b", LocalDate.of(2026, 11, 20));

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> reportsOf(late) != null
                && !reportsOf(late).path("feePublication").path("madeOn").isNull()
                && !reportsOf(onTime).path("feePublication").path("madeOn").isNull());

        JsonNode first = reportsOf(onTime);
        assertThat(first.path("companyId").asString()).isEqualTo("co-a");
        // ten working days after 30 September: the National Day holiday (1–7 October) skipped, Saturday 10 October a
        // make-up working day
        assertThat(first.path("feePublication").path("dueOn").asString()).isEqualTo("2026-10-20");
        assertThat(first.path("feePublication").path("status").path("code").asString()).isEqualTo("ON_TIME");
        assertThat(first.path("subsidyUseReport").path("status").path("code").asString()).isEqualTo("MISSING");
        assertThat(reportsOf(late).path("feePublication").path("status").path("code").asString()).isEqualTo("LATE");
        assertThat(reportsOf(unserved)).as("an estate no company serves owes no company report").isNull();
    }

    @Test
    void onlyTheStreetOfficeAndTheDistrictFollowThemUp() {
        String path = "/api/assessments/due-reports?street=" + street + "&quarter=2026-Q3";

        assertThat(officerOf(street).get(path).status()).isEqualTo(200);
        assertThat(as("admin").get(path).status()).isEqualTo(200);
        assertThat(as("auditor").get(path).status()).isEqualTo(200);
        assertThat(officerOf(unique("other")).get(path).status()).isEqualTo(403);
        assertThat(as("company-anju").get(path).status()).isEqualTo(403);
        assertThat(as("admin").get("/api/assessments/due-reports?street=" + street + "&quarter=2026-Q5").status()).isEqualTo(400);
        assertThat(as("admin").get("/api/assessments/due-reports?quarter=2026-Q3").status()).isEqualTo(400);
    }
}
