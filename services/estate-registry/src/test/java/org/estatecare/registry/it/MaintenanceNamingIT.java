package org.estatecare.registry.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.estatecare.events.estates.EstateEvents;
import org.estatecare.testing.EventTap.Received;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Naming an estate's maintenance over real HTTP: shown with each facility's warranty and announced on the broker. */
class MaintenanceNamingIT extends RegistryIntegrationTest {

    @Test
    @DisplayName("R-MAINT-1: the street office names the units and each facility's warranty; the whole is announced for repair routing")
    void namedAndAnnounced() {
        String id = as("admin").post("/api/estates", estateJson(uniqueName("maint"), "chunhua", "chunhua-xinhua", ELIGIBLE)).id();
        Api.Response named = as("chunhua-officer").post("/api/estates/" + id + "/maintenance", """
                {"fireEquipmentUnit": "河东区消防设施维保中心", "liftUnit": "河东电梯维保公司", "sharedFacilityWarrantyEndsOn": "2028-02-29",
                 "warranties": [{"facility": "ROOF_WATERPROOFING", "endsOn": "2031-02-28", "unit": "津城建设集团"},
                                {"facility": "PATH_BETWEEN_BUILDINGS", "endsOn": "2027-12-31", "unit": "津城市政"}],
                 "documents": ["春华街维〔2026〕2号"]}""");
        assertThat(named.status()).as(named.toString()).isEqualTo(200);
        assertThat(named.json().path("maintenance").path("warranties")).extracting(w -> w.path("facility").path("label").asString())
                .containsExactly("屋面防水", "楼间甬路");

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> ESTATE_EVENTS.of(id).stream()
                .anyMatch(e -> e.type().equals(EstateEvents.MAINTENANCE_NAMED.type())));
        Received event = ESTATE_EVENTS.of(id).stream().filter(e -> e.type().equals(EstateEvents.MAINTENANCE_NAMED.type()))
                .findFirst().orElseThrow();
        assertThat(event.payload()).contains("\"facility\":\"ROOF_WATERPROOFING\"").contains("\"endsOn\":\"2031-02-28\"")
                .contains("\"liftUnit\":\"河东电梯维保公司\"");

        Api.Response twice = as("chunhua-officer").post("/api/estates/" + id + "/maintenance", """
                {"warranties": [{"facility": "LIFT", "endsOn": "2030-01-01"}, {"facility": "LIFT", "endsOn": "2031-01-01"}]}""");
        assertThat(twice.status()).isEqualTo(400);
        Api.Response early = as("chunhua-officer").post("/api/estates/" + id + "/maintenance", """
                {"warranties": [{"facility": "LIFT", "endsOn": "2020-01-01"}]}""");
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.body()).contains("R-MAINT-1").contains("warranties[0].endsOn");
        assertThat(as("admin").get("/api/estates/" + id).json().path("maintenance").path("liftUnit").asString())
                .isEqualTo("河东电梯维保公司");
    }
}
