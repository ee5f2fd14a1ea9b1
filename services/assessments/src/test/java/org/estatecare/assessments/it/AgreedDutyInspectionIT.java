package org.estatecare.assessments.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.estatecare.events.assessments.AssessmentEvents;
import org.estatecare.testing.EventTap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Inspections check the company's duties under its agreement, over real HTTP (R-AGR-5). */
class AgreedDutyInspectionIT extends AssessmentsIntegrationTest {

    static final EventTap EVENTS = EventTap.on(INFRA.kafka().bootstrapServers(), AssessmentEvents.TOPIC, 3);

    @Test
    @DisplayName("R-AGR-5, R-STAFF-1: a street's inspection checks the agreed duties; the inspection shows every duty, checked or not, and whether "
            + "it passed, and is announced for the estate's work archive")
    void anInspectionShowsTheAgreedDuties() {
        String street = unique("s");
        String estate = includedEstate(street, street + "-c1", LocalDate.of(2025, 1, 1));
        servedBy(estate, unique("company"), LocalDate.of(2025, 1, 1), LocalDate.of(2030, 12, 31));
        Api office = new Api("http://127.0.0.1:" + port, tokens().token("so-" + UUID.randomUUID(), List.of("street-officer"),
                Map.of("street", street)), Map.of());

        Api.Response recorded = office.post("/api/inspections", """
                {"estateId": "%s", "level": "STREET_MONTHLY", "inspectedOn": "%s", "findings": [],
                 "checklists": [{"service": "PARKING", "items": [
                     {"item": "停车泊位线清晰", "passed": true, "duty": "PARKING_LINES"},
                     {"item": "无主自行车已公示清理", "passed": false, "note": "3号楼下仍有废弃自行车", "duty": "OWNERLESS_NON_MOTOR_VEHICLES"}]},
                   {"service": "GATE_DUTY", "items": [{"item": "监控室有人值守", "passed": true, "duty": "GATE_VIDEO_SURVEILLANCE"}]}]}"""
                .formatted(estate, today().minusDays(1)));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);

        JsonNode duties = office.get("/api/inspections/" + recorded.json().path("id").asString()).json().path("agreedDuties");
        assertThat(duties).hasSize(9);
        assertThat(duties).filteredOn(d -> d.path("checked").asBoolean())
                .extracting(d -> d.path("duty").path("code").asString() + "=" + d.path("passed").asBoolean())
                .containsExactlyInAnyOrder("PARKING_LINES=true", "OWNERLESS_NON_MOTOR_VEHICLES=false", "GATE_VIDEO_SURVEILLANCE=true");
        assertThat(duties).filteredOn(d -> d.path("duty").path("code").asString().equals("GARBAGE_SORTING_HELP"))
                .extracting(d -> d.path("checked").asBoolean()).containsExactly(false);

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> EVENTS.of(estate).stream()
                .anyMatch(e -> e.type().equals(AssessmentEvents.INSPECTION_RECORDED.type())));
        assertThat(EVENTS.of(estate).stream().filter(e -> e.type().equals(AssessmentEvents.INSPECTION_RECORDED.type())).findFirst()
                .orElseThrow().payload()).as("what the estate's work archive files (R-STAFF-1)")
                .contains("\"failedDuties\":[\"OWNERLESS_NON_MOTOR_VEHICLES\"]").contains("\"level\":\"STREET_MONTHLY\"")
                .contains("\"service\":\"PARKING\",\"score\":50.00");

        Api.Response misplaced = office.post("/api/inspections", """
                {"estateId": "%s", "level": "STREET_MONTHLY", "inspectedOn": "%s", "findings": [],
                 "checklists": [{"service": "CLEANING", "items": [{"item": "泊位线", "passed": true, "duty": "PARKING_LINES"}]}]}"""
                .formatted(estate, today().minusDays(2)));
        assertThat(misplaced.status()).isEqualTo(422);
        assertThat(misplaced.body()).contains("R-AGR-5").contains("CLEANING.items[0].duty");
    }
}
