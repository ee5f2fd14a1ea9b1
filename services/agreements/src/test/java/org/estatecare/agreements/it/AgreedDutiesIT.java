package org.estatecare.agreements.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.estatecare.testing.TestHttp;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The company's duties besides the standards, per agreement, over real HTTP (R-AGR-5). */
class AgreedDutiesIT extends AgreementsServiceIT {

    @Test
    @DisplayName("R-AGR-5: an agreement spells out some of the company's duties; it shows all of them as the checklist inspections check")
    void anAgreementShowsItsDutyChecklist() {
        standards(admin());
        String estate = companyEstate("chunhua", "chunhua-xinhua");
        String body = draftJson(estate, registeredCompany(), "2026-03-01", "2029-02-28", "1.20", null)
                .replace("\"parking\": {\"scope\": \"施划停车位，清理僵尸车\"}", """
                        "parking": {"scope": "施划停车位，清理僵尸车"},
                        "duties": [{"duty": "GATE_VIDEO_SURVEILLANCE", "terms": "监控室24小时有人值守"},
                                   {"duty": "OWNERLESS_NON_MOTOR_VEHICLES", "terms": "每季度公示后清理"}]""");
        TestHttp.Response drafted = admin().post("/api/agreements", body);
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);

        JsonNode duties = json(drafted).path("currentTerms").path("basicServices").path("duties");
        assertThat(duties).hasSize(9);
        assertThat(duties).extracting(d -> d.path("duty").asString()).startsWith("GATE_DUTY_RULES").contains(
                "PARKING_LINES", "LONG_UNUSED_VEHICLES", "OWNERLESS_NON_MOTOR_VEHICLES", "GATE_VIDEO_SURVEILLANCE", "GARBAGE_SORTING_HELP");
        assertThat(duties).filteredOn(d -> d.path("duty").asString().equals("GATE_VIDEO_SURVEILLANCE"))
                .extracting(d -> d.path("terms").asString()).containsExactly("监控室24小时有人值守");
        assertThat(json(admin().get("/api/codes/agreements")).path("agreedDuty")).extracting(d -> d.path("label").asString())
                .contains("施划停车泊位线", "清理无主非机动车", "引导长期不用车辆的车主自行处置");

        String twice = body.replace("\"duty\": \"OWNERLESS_NON_MOTOR_VEHICLES\"", "\"duty\": \"GATE_VIDEO_SURVEILLANCE\"");
        TestHttp.Response refused = admin().post("/api/agreements", twice.replace(estate, companyEstate("chunhua", "chunhua-xinhua")));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("R-AGR-5").contains("basicServices.duties[1]");
        assertThat(admin().post("/api/agreements", body.replace("GATE_VIDEO_SURVEILLANCE", "GATE_NAPPING")).status()).isEqualTo(400);
    }
}
