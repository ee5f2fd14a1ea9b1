package org.estatecare.assessments.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.estatecare.events.assessments.AssessmentEvents;
import org.estatecare.testing.EventTap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Period scores over HTTP, from evidence that arrived as it does in production: the estate and its
 * companies from the broker, inspections recorded through the API; computed, confirmed, published and
 * announced on assessments.v1.
 */
class AssessmentIT extends AssessmentsIntegrationTest {

    static final EventTap EVENTS = EventTap.on(INFRA.kafka().bootstrapServers(), AssessmentEvents.TOPIC, 3);
    static final LocalDate CHANGEOVER = LocalDate.of(2026, 8, 17);

    final String street = unique("s");
    final String community = street + "-c";
    final String firstCompany = unique("co");
    final String secondCompany = unique("co");

    Api officer() {
        return new Api("http://127.0.0.1:" + port, tokens().token(street + "-officer", List.of("street-officer"),
                Map.of("street", street)), Map.of());
    }

    Api company(String companyId) {
        return new Api("http://127.0.0.1:" + port, tokens().token(companyId + "-user", List.of("service-company"),
                Map.of("company_id", companyId)), Map.of());
    }

    /** An estate in the scheme since February 2026, served by one company until 16 August and another from the 17th. */
    String estateChangingCompanyInQ3() {
        String estate = includedEstate(street, community, LocalDate.of(2026, 2, 1));
        servedBy(estate, firstCompany, LocalDate.of(2026, 1, 1), CHANGEOVER.minusDays(1));
        servedBy(estate, secondCompany, CHANGEOVER, LocalDate.of(2028, 12, 31));
        for (LocalDate day : List.of(LocalDate.of(2026, 7, 10), LocalDate.of(2026, 9, 5))) {
            Api.Response recorded = officer().post("/api/inspections", InspectionJson.recording(estate, "STREET_MONTHLY", day));
            assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        }
        return estate;
    }

    Api.Response compute(Api who, String estate, String period) {
        return who.post("/api/assessments/computation", "{\"estateId\": \"%s\", \"period\": \"%s\"}".formatted(estate, period));
    }

    @Test
    @DisplayName("R-ASM-1: a quarter split between two companies is assessed per company for its days, each recomputing exactly")
    void aSplitQuarterIsAssessedPerCompany() {
        String estate = estateChangingCompanyInQ3();

        Api.Response computed = compute(officer(), estate, "2026-Q3");

        assertThat(computed.status()).as(computed.body()).isEqualTo(200);
        JsonNode assessments = computed.json().path("assessments");
        assertThat(assessments).hasSize(2);
        JsonNode first = assessments.get(0);
        JsonNode second = assessments.get(1);
        assertThat(first.path("companyId").asString()).isEqualTo(firstCompany);
        assertThat(first.path("from").asString()).isEqualTo("2026-07-01");
        assertThat(first.path("to").asString()).isEqualTo("2026-08-16");
        assertThat(second.path("companyId").asString()).isEqualTo(secondCompany);
        assertThat(second.path("from").asString()).isEqualTo("2026-08-17");
        assertThat(second.path("to").asString()).isEqualTo("2026-09-30");
        for (JsonNode assessment : assessments) {
            assertThat(assessment.path("status").path("code").asString()).isEqualTo("DRAFT");
            assertThat(assessment.path("recomputesExactly").asBoolean()).isTrue();
            assertThat(assessment.path("scheme").path("scheme").asString()).isEqualTo("district");
        }
        // each spell scored by its own day's inspection; the quarter's reports fall to the company serving at its end
        assertThat(line(first, "CLEANING").path("evidenceIds")).hasSize(1);
        assertThat(line(second, "CLEANING").path("evidenceIds")).hasSize(1);
        assertThat(line(first, "FEE_PUBLICATION").path("note").asString()).isEqualTo("REPORT_NOT_DUE");
        assertThat(line(second, "FEE_PUBLICATION").path("note").asString()).isEqualTo("REPORT_MISSING");
        assertThat(second.path("score").decimalValue()).isLessThan(first.path("score").decimalValue());
    }

    @Test
    @DisplayName("R-ASM-1: a published assessment is announced with its grade and the reward share its scheme gives that grade")
    void confirmedThenPublishedAndAnnounced() {
        String estate = estateChangingCompanyInQ3();
        JsonNode draft = compute(officer(), estate, "2026-Q3").json().path("assessments").get(0);
        String id = draft.path("id").asString();
        assertThat(company(firstCompany).get("/api/assessments/" + id).status()).isEqualTo(404);

        assertThat(officer().post("/api/assessments/" + id + "/publication", null).status()).isEqualTo(409);
        assertThat(officer().post("/api/assessments/" + id + "/confirmation", null).status()).isEqualTo(200);
        assertThat(compute(officer(), estate, "2026-Q3").json().path("skipped").get(0).path("reason").asString())
                .isEqualTo("already-confirmed");
        Api.Response published = officer().post("/api/assessments/" + id + "/publication", null);
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(published.json().path("publishedRevision").asInt()).isZero();

        // the estate's inspections found problems: their rectification orders are announced on the same topic
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> EVENTS.of(estate).stream()
                .anyMatch(e -> e.type().equals("assessments.assessment.published")));
        EventTap.Received event = EVENTS.of(estate).stream().filter(e -> e.type().equals("assessments.assessment.published"))
                .findFirst().orElseThrow();
        assertThat(event.type()).isEqualTo("assessments.assessment.published");
        JsonNode payload = Api.JSON.readTree(event.payload());
        assertThat(payload.path("companyId").asString()).isEqualTo(firstCompany);
        assertThat(payload.path("periodStart").asString()).isEqualTo("2026-07-01");
        assertThat(payload.path("periodEnd").asString()).isEqualTo("2026-08-16");
        assertThat(payload.path("score").decimalValue()).isEqualByComparingTo(published.json().path("score").decimalValue());
        assertThat(payload.path("grade").asString()).isEqualTo(published.json().path("grade").path("code").asString());
        assertThat(payload.path("rewardShare").decimalValue()).isEqualByComparingTo(published.json().path("rewardShare").decimalValue());

        // the company sees its own published result, not the other company's draft
        assertThat(company(firstCompany).get("/api/assessments/" + id).status()).isEqualTo(200);
        assertThat(company(firstCompany).get("/api/assessments?estateId=" + estate).json().path("page").path("totalElements")
                .asLong()).isEqualTo(1);
        assertThat(company(secondCompany).get("/api/assessments/" + id).status()).isEqualTo(404);
    }

    @Test
    @DisplayName("R-ASM-1: a period is assessed only once over, by the estate's own street office or the district")
    void whenAndByWhom() {
        String estate = estateChangingCompanyInQ3();

        Api.Response early = compute(officer(), estate, "2026-Q4");
        assertThat(early.status()).as(early.body()).isEqualTo(422);
        assertThat(early.json().path("violations").get(0).path("condition").asString()).isEqualTo("period-not-over");
        assertThat(compute(as("chunhua-officer"), estate, "2026-Q3").status()).isEqualTo(403);
        assertThat(compute(company(firstCompany), estate, "2026-Q3").status()).isEqualTo(403);
        assertThat(compute(officer(), "e-never-announced", "2026-Q3").status()).isEqualTo(422);
        assertThat(compute(officer(), estate, "2026-13").status()).isEqualTo(400);
        Api.Response beforeInclusion = compute(officer(), estate, "2026-01");
        assertThat(beforeInclusion.status()).isEqualTo(422);
        assertThat(beforeInclusion.json().path("violations").get(0).path("condition").asString()).isEqualTo("not-in-scheme");
        assertThat(compute(as("admin"), estate, "2026-07").status()).isEqualTo(200);
    }

    static JsonNode line(JsonNode assessment, String criterion) {
        for (JsonNode line : assessment.path("breakdown").path("lines")) {
            if (line.path("criterion").asString().equals(criterion)) {
                return line;
            }
        }
        throw new AssertionError("no line " + criterion + " in " + assessment);
    }
}
