package org.estatecare.assessments.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Anyone can recompute a published score from what is published: this test reads every published
 * assessment over HTTP and recomputes each by hand, from its own lines and the scheme's bands, with
 * arithmetic of its own (not the service's), to the decimal.
 */
class PublishedBreakdownsRecomputeIT extends AssessmentsIntegrationTest {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    final String street = unique("rc");
    final String community = street + "-c1";

    Api scoped(String role, Map<String, String> claims) {
        return new Api("http://127.0.0.1:" + port, tokens().token(street + "-" + role, List.of(role), claims), Map.of());
    }

    /** A quarter of an estate inspected at three levels, with findings, published month by month and as a quarter. */
    void publishedQuarter() {
        String estate = includedEstate(street, community, LocalDate.of(2025, 1, 1));
        servedBy(estate, unique("rc-co"), LocalDate.of(2025, 1, 1), LocalDate.of(2030, 12, 31));
        Api committee = scoped("community-officer", Map.of("street", street, "community", community));
        Api office = scoped("street-officer", Map.of("street", street));
        record Visit(Api who, String level, LocalDate on, String findings) {
        }
        for (Visit visit : List.of(
                new Visit(committee, "COMMITTEE_DAILY", LocalDate.of(2026, 7, 3), InspectionJson.LITTER),
                new Visit(committee, "COMMITTEE_DAILY", LocalDate.of(2026, 7, 17), ""),
                new Visit(office, "STREET_MONTHLY", LocalDate.of(2026, 7, 28), InspectionJson.FIRE_LANE),
                new Visit(as("admin"), "DISTRICT_SPOT", LocalDate.of(2026, 8, 19), InspectionJson.LITTER + ", " + InspectionJson.LITTER),
                new Visit(committee, "COMMITTEE_DAILY", LocalDate.of(2026, 9, 9), ""))) {
            String body = """
                    {"estateId": "%s", "level": "%s", "inspectedOn": "%s", "checklists": %s, "findings": [%s]}"""
                    .formatted(estate, visit.level(), visit.on(), InspectionJson.CHECKLISTS, visit.findings());
            Api.Response recorded = visit.who().post("/api/inspections", body);
            assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        }
        for (String period : List.of("2026-07", "2026-08", "2026-09", "2026-Q3")) {
            Api.Response computed = office.post("/api/assessments/computation",
                    "{\"estateId\": \"%s\", \"period\": \"%s\"}".formatted(estate, period));
            assertThat(computed.status()).as(computed.body()).isEqualTo(200);
            for (JsonNode draft : computed.json().path("assessments")) {
                String id = draft.path("id").asString();
                assertThat(office.post("/api/assessments/" + id + "/confirmation", null).status()).isEqualTo(200);
                assertThat(office.post("/api/assessments/" + id + "/publication", null).status()).isEqualTo(200);
            }
        }
    }

    @Test
    @DisplayName("R-ASM-1: every published breakdown recomputes exactly, by hand, from what is published")
    void everyPublishedBreakdownRecomputesExactly() {
        publishedQuarter();
        List<JsonNode> published = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode answer = as("auditor").get("/api/assessments?status=PUBLISHED&size=100&page=" + page).json();
            answer.path("content").forEach(published::add);
            if (page + 1 >= answer.path("page").path("totalPages").asInt()) {
                break;
            }
        }
        assertThat(published).hasSizeGreaterThanOrEqualTo(4);
        for (JsonNode assessment : published) {
            recomputeByHand(assessment);
        }
    }

    static void recomputeByHand(JsonNode assessment) {
        String which = assessment.path("id").asString() + " " + assessment.path("period").asString();
        JsonNode breakdown = assessment.path("breakdown");
        int assessedWeights = 0;
        for (JsonNode line : breakdown.path("lines")) {
            if (line.path("assessed").asBoolean()) {
                assessedWeights += line.path("weight").asInt();
            }
        }
        BigDecimal subtotal = BigDecimal.ZERO;
        for (JsonNode line : breakdown.path("lines")) {
            if (!line.path("assessed").asBoolean()) {
                assertThat(line.path("points").decimalValue()).as(which).isZero();
                continue;
            }
            BigDecimal raw = line.path("raw").decimalValue();
            if (!line.path("levels").isEmpty()) {
                // each level's mean, weighted by the level's weight over the levels present, rounded once
                BigDecimal weighted = BigDecimal.ZERO;
                int weights = 0;
                for (JsonNode level : line.path("levels")) {
                    weighted = weighted.add(level.path("total").decimalValue().multiply(BigDecimal.valueOf(level.path("weight").asInt()))
                            .divide(BigDecimal.valueOf(level.path("inspections").asInt()), 20, RoundingMode.HALF_UP));
                    weights += level.path("weight").asInt();
                }
                assertThat(weighted.divide(BigDecimal.valueOf(weights), 2, RoundingMode.HALF_UP)).as(which).isEqualByComparingTo(raw);
            }
            BigDecimal effective = BigDecimal.valueOf(line.path("weight").asInt()).multiply(HUNDRED)
                    .divide(BigDecimal.valueOf(assessedWeights), 4, RoundingMode.HALF_UP);
            BigDecimal points = raw.multiply(effective).divide(HUNDRED, 2, RoundingMode.HALF_UP);
            assertThat(line.path("effectiveWeight").decimalValue()).as(which).isEqualByComparingTo(effective);
            assertThat(line.path("points").decimalValue()).as(which).isEqualByComparingTo(points);
            subtotal = subtotal.add(points);
        }
        BigDecimal deducted = BigDecimal.ZERO;
        for (JsonNode deduction : breakdown.path("deductions")) {
            BigDecimal applied = deduction.path("each").decimalValue().multiply(BigDecimal.valueOf(deduction.path("count").asInt()))
                    .min(deduction.path("cap").decimalValue());
            assertThat(deduction.path("applied").decimalValue()).as(which).isEqualByComparingTo(applied);
            deducted = deducted.add(applied);
        }
        BigDecimal score = subtotal.subtract(deducted).max(BigDecimal.ZERO).min(HUNDRED).setScale(2, RoundingMode.HALF_UP);
        assertThat(breakdown.path("subtotal").decimalValue()).as(which).isEqualByComparingTo(subtotal);
        assertThat(breakdown.path("deducted").decimalValue()).as(which).isEqualByComparingTo(deducted);
        assertThat(assessment.path("score").decimalValue()).as(which).isEqualByComparingTo(score);

        JsonNode bands = breakdown.path("bands");
        String banded = score.compareTo(bands.path("excellent").decimalValue()) >= 0 ? "EXCELLENT"
                : score.compareTo(bands.path("good").decimalValue()) >= 0 ? "GOOD"
                : score.compareTo(bands.path("pass").decimalValue()) >= 0 ? "PASS" : "FAIL";
        String grade = breakdown.path("cap").isObject() ? breakdown.path("cap").path("ceiling").asString() : banded;
        assertThat(assessment.path("grade").path("code").asString()).as(which).isEqualTo(grade);
        assertThat(assessment.path("recomputesExactly").asBoolean()).as(which).isTrue();
    }
}
