package org.estatecare.registry.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.estatecare.events.estates.EstateEvents;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A street's duties over real HTTP: its responsible person, maintenance method and the district's maintenance units. */
class StreetDutiesIT extends RegistryIntegrationTest {

    @Test
    @DisplayName("R-STAFF-1: the street office names its responsible person; everyone reads who it is; another street's office may not")
    void responsiblePerson() {
        String body = """
                {"name": "李卫东", "position": "春华街道办事处副主任", "workPhone": "022-24311234", "appointedOn": "%s"}"""
                .formatted(today().minusDays(3));
        Api.Response named = as("chunhua-officer").put("/api/streets/chunhua/responsible-person", body);
        assertThat(named.status()).as(named.toString()).isEqualTo(200);
        assertThat(named.json().path("responsiblePerson").path("name").asString()).isEqualTo("李卫东");
        assertThat(named.json().path("responsiblePerson").path("recordedBy").asString()).isEqualTo("chunhua-officer");

        assertThat(as("dongxin-officer").put("/api/streets/chunhua/responsible-person", body).status()).isEqualTo(403);
        assertThat(as("company-anju").put("/api/streets/chunhua/responsible-person", body).status()).isEqualTo(403);
        assertThat(as("resident").get("/api/streets/chunhua/duties").json().path("responsiblePerson").path("name").asString())
                .isEqualTo("李卫东");

        Api.Response ahead = as("chunhua-officer").put("/api/streets/chunhua/responsible-person", body.replace(
                today().minusDays(3).toString(), today().plusDays(1).toString()));
        assertThat(ahead.status()).isEqualTo(422);
        assertThat(ahead.body()).contains("R-STAFF-1").contains("appointedOn");
        assertThat(as("admin").put("/api/streets/no-such-street/responsible-person", body).status()).isEqualTo(404);
    }

    @Test
    @DisplayName("R-MAINT-2: only the district names a street's maintenance units; a naming ahead shows once in force, and a stale If-Match is 412")
    void districtUnits() {
        String street = "dongxin";
        JsonNode before = as("admin").get("/api/streets/" + street + "/duties").json();
        String units = """
                {"sharedFacilitiesUnit": "河东区房屋维修中心", "pathsUnit": "%s", "streetLightsUnit": "河东区路灯管理所",
                 "effectiveFrom": "%s", "decisionReference": "东政发〔2026〕12号"}""";
        assertThat(as("dongxin-officer").put("/api/streets/" + street + "/district-maintenance-units",
                units.formatted("河东区市政养护所", today())).status()).isEqualTo(403);

        Api.Response named = as("admin").put("/api/streets/" + street + "/district-maintenance-units",
                units.formatted("河东区市政养护所", today()));
        assertThat(named.status()).as(named.toString()).isEqualTo(200);
        String etag = named.header("ETag");
        Api.Response ahead = as("admin").header("If-Match", etag).put("/api/streets/" + street + "/district-maintenance-units",
                units.formatted("津东道路养护公司", today().plusMonths(1)));
        assertThat(ahead.status()).isEqualTo(200);
        assertThat(ahead.json().path("districtMaintenanceUnits").path("pathsUnit").asString()).isEqualTo("河东区市政养护所");
        assertThat(ahead.json().path("districtMaintenanceUnitsHistory")).hasSize(before.path("districtMaintenanceUnitsHistory").size() + 2);

        assertThat(as("admin").header("If-Match", etag).put("/api/streets/" + street + "/district-maintenance-units",
                units.formatted("x", today())).status()).isEqualTo(412);

        travelTo(today().plusMonths(1));
        assertThat(as("housing-officer").get("/api/streets/" + street + "/duties").json().path("districtMaintenanceUnits")
                .path("pathsUnit").asString()).isEqualTo("津东道路养护公司");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> ESTATE_EVENTS.of(street).stream()
                .filter(e -> e.type().equals(EstateEvents.STREET_MAINTENANCE_UNITS_NAMED.type())).count() >= 2);
        assertThat(ESTATE_EVENTS.of(street).stream().filter(e -> e.type().equals(EstateEvents.STREET_MAINTENANCE_UNITS_NAMED.type()))
                .map(e -> e.payload()).toList()).as("announced for repair routing, keyed by the street")
                .anyMatch(p -> p.contains("津东道路养护公司") && p.contains("\"street\":\"" + street + "\""));
    }

    @Test
    @DisplayName("R-MAINT-2: the street office adopts its maintenance method; the district may record it on its behalf")
    void maintenanceMethod() {
        String method = """
                {"title": "春华街道老旧小区维修养护办法", "reference": "%s", "effectiveFrom": "%s", "summary": "报修24小时内响应"}""";
        assertThat(as("chunhua-officer").put("/api/streets/chunhua/maintenance-method",
                method.formatted("春华街发〔2026〕3号", today())).status()).isEqualTo(200);
        Api.Response recorded = as("admin").put("/api/streets/chunhua/maintenance-method",
                method.formatted("春华街发〔2026〕4号", today()));
        assertThat(recorded.status()).isEqualTo(200);
        assertThat(recorded.json().path("maintenanceMethod").path("reference").asString()).isEqualTo("春华街发〔2026〕4号");
        assertThat(recorded.json().path("maintenanceMethod").path("recordedBy").asString()).isEqualTo("admin");
    }

    @Test
    @DisplayName("R-STAFF-1: malformed street codes are 400 problem+json; an unknown street's duties and an estate id that "
            + "cannot exist are 404 problem+json, as the estate itself answers")
    void malformedReads() {
        for (String path : java.util.List.of("/api/streets/UPPER/duties", "/api/streets/a/duties")) {
            Api.Response refused = as("admin").get(path);
            assertThat(refused.status()).as(path).isEqualTo(400);
            assertThat(refused.header("Content-Type")).as(path).startsWith("application/problem+json");
        }
        assertThat(as("admin").get("/api/streets/no-such-street/duties").status()).isEqualTo(404);
        Api.Response archive = as("admin").get("/api/estates/has%20space/archive");
        assertThat(archive.status()).isEqualTo(as("admin").get("/api/estates/has%20space").status()).isEqualTo(404);
        assertThat(archive.header("Content-Type")).startsWith("application/problem+json");
    }
}
