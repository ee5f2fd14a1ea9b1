package org.estatecare.registry.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Object-level authorization in the queries themselves: another street's estate does not exist for you. */
class ScopeIT extends RegistryIntegrationTest {

    @Test
    @DisplayName("R-PRIN-1: a street officer sees and changes only their own street's estates; others answer 404")
    void anotherStreetsEstateIsNotFound() {
        Api admin = as("admin");
        String dongxin = admin.post("/api/estates", estateJson(uniqueName("东新"), "dongxin", "dongxin-huaxin", ELIGIBLE)).id();
        Api chunhuaOfficer = as("chunhua-officer");

        assertThat(chunhuaOfficer.get("/api/estates/" + dongxin).status()).isEqualTo(404);
        assertThat(chunhuaOfficer.get("/api/estates/" + dongxin + "/history").status()).isEqualTo(404);
        Api.Response write = chunhuaOfficer.post("/api/estates/" + dongxin + "/maintenance", "{\"fireEquipmentUnit\": \"x\"}");
        assertThat(write.status()).isEqualTo(404);
        assertThat(write.json().path("type").asString()).isEqualTo("https://estatecare.org/problems/not-found");
        assertThat(admin.get("/api/estates/" + dongxin).json().path("maintenance").path("fireEquipmentUnit").isMissingNode()).isTrue();

        JsonNode list = chunhuaOfficer.get("/api/estates?size=200").json();
        assertThat(list.path("content")).extracting(e -> e.path("street").asString()).containsOnly("chunhua");
        assertThat(chunhuaOfficer.get("/api/estates?street=dongxin").json().path("page").path("totalElements").asLong()).isZero();
        assertThat(chunhuaOfficer.get("/api/estates/statistics/by-street-and-status").json())
                .extracting(row -> row.path("street").asString()).containsOnly("chunhua");
    }

    @Test
    void aStreetOfficerWorksOnTheirOwnStreet() {
        Api officer = as("chunhua-officer");
        Api.Response registered = officer.post("/api/estates", estateJson(uniqueName("春华"), "chunhua", "chunhua-wanxin", ELIGIBLE));
        assertThat(registered.status()).isEqualTo(201);

        Api.Response maintenance = officer.post("/api/estates/" + registered.id() + "/maintenance",
                "{\"fireEquipmentUnit\": \"河东区消防设施维保中心\", \"sharedFacilityWarrantyEndsOn\": \"2028-02-29\"}");
        assertThat(maintenance.status()).as(maintenance.toString()).isEqualTo(200);
        assertThat(maintenance.json().path("maintenance").path("sharedFacilityWarrantyEndsOn").asString()).isEqualTo("2028-02-29");
    }

    @Test
    void aStreetOfficerCannotRegisterInAnotherStreetNorMoveAnEstateThere() {
        Api officer = as("chunhua-officer");
        assertThat(officer.post("/api/estates", estateJson(uniqueName("越界"), "dongxin", "dongxin-huaxin", ELIGIBLE)).status())
                .isEqualTo(403);

        Api.Response own = officer.post("/api/estates", estateJson(uniqueName("搬走"), "chunhua", "chunhua-xinhua", ELIGIBLE));
        Api.Response moved = officer.header("If-Match", own.header("ETag"))
                .put("/api/estates/" + own.id(), estateJson("搬走", "dongxin", "dongxin-huaxin", ELIGIBLE));
        assertThat(moved.status()).isEqualTo(403);
        assertThat(as("admin").get("/api/estates/" + own.id()).json().path("street").asString()).isEqualTo("chunhua");
    }

    @Test
    void streetOfficersDoNotDecideInclusionOrMode() {
        String id = filedEstate(ELIGIBLE);

        assertThat(as("chunhua-officer").post("/api/estates/" + id + "/inclusion",
                "{\"includedOn\": \"2026-02-01\", \"managementMode\": \"SERVICE_COMPANY\"}").status()).isEqualTo(403);
    }

    @Test
    void aCommunityOfficerSeesOnlyTheirCommunity() {
        Api admin = as("admin");
        String xinhua = admin.post("/api/estates", estateJson(uniqueName("新华"), "chunhua", "chunhua-xinhua", ELIGIBLE)).id();
        String wanxin = admin.post("/api/estates", estateJson(uniqueName("万新"), "chunhua", "chunhua-wanxin", ELIGIBLE)).id();
        Api community = as("chunhua-community");

        assertThat(community.get("/api/estates/" + xinhua).status()).isEqualTo(200);
        assertThat(community.get("/api/estates/" + wanxin).status()).isEqualTo(404);
        assertThat(community.get("/api/estates?size=200").json().path("content"))
                .extracting(e -> e.path("community").asString()).containsOnly("chunhua-xinhua");
    }

    @Test
    void districtAndAuditorsSeeEveryStreet() {
        String dongxin = as("admin").post("/api/estates", estateJson(uniqueName("全区"), "dongxin", "dongxin-huaxin", ELIGIBLE)).id();

        assertThat(as("auditor").get("/api/estates/" + dongxin).status()).isEqualTo(200);
        assertThat(as("inspector").get("/api/estates/" + dongxin).status()).isEqualTo(200);
    }
}
