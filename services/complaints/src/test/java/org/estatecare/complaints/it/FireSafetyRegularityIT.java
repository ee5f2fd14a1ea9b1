package org.estatecare.complaints.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.estatecare.testing.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A street's regularity of fire-lane patrols across a year end, the street office's view of its own street only, and a
 * patrol refused whole when one finding names an unknown estate (R-FIRE-1, R-CMP-5). Each test walks a street of its own,
 * so what other tests record in the shared context does not count here.
 */
class FireSafetyRegularityIT extends ComplaintsServiceIT {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void tenthOfMarch() {
        CLOCK.set(START);
    }

    static String freshStreet() {
        return "fire-" + UUID.randomUUID().toString().substring(0, 8);
    }

    TestHttp officer(String street) {
        return as("street-" + street, "street-officer", Map.of("street", street));
    }

    TestHttp admin() {
        return as("district-admin", "district-admin", Map.of());
    }

    static JsonNode json(TestHttp.Response response) {
        return JSON.readTree(response.body());
    }

    static String patrol(String street, String day, String estate, String findings) {
        return """
                {"street": "%s", "day": "%s", "route": ["%s"], "patrolledBy": ["王芳"], "findings": [%s]}"""
                .formatted(street, day, estate, findings);
    }

    static String finding(String estate, String place) {
        return """
                {"estateId": "%s", "place": "%s", "obstruction": "电动车停放堵塞通道"}""".formatted(estate, place);
    }

    static List<Integer> ints(JsonNode array) {
        List<Integer> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asInt()));
        return values;
    }

    @Test
    @DisplayName("R-FIRE-1: a patrol on 31 December counts in its own year and one on 1 January in the next; each year names the "
            + "months gone by without a patrol, the month under way not among them")
    void regularityAcrossAYearEnd() {
        String street = freshStreet();
        String estate = estate(street, street + "-c1", true);
        TestHttp office = officer(street);

        assertThat(office.post("/api/fire-lane-patrols", patrol(street, "2025-12-31", estate, finding(estate, "南门"))).status())
                .isEqualTo(201);
        assertThat(office.post("/api/fire-lane-patrols", patrol(street, "2026-01-01", estate, "")).status()).isEqualTo(201);
        assertThat(office.post("/api/fire-safety-sessions", """
                {"street": "%s", "day": "2026-01-01", "estates": ["%s"], "topic": "元旦用火安全", "givenBy": "街道办", "attendance": 12}"""
                .formatted(street, estate)).status()).isEqualTo(201);

        TestHttp.Response lastYear = admin().get("/api/fire-safety/streets/" + street + "/summary?year=2025");
        assertThat(lastYear.status()).as(lastYear.toString()).isEqualTo(200);
        JsonNode y2025 = json(lastYear);
        assertThat(y2025.path("months")).hasSize(12);
        assertThat(y2025.path("months").get(11).path("patrols").asInt()).isEqualTo(1);
        assertThat(y2025.path("months").get(11).path("findings").asInt()).isEqualTo(1);
        assertThat(y2025.path("months").get(11).path("sessions").asInt()).isZero();
        assertThat(ints(y2025.path("monthsWithoutPatrol"))).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);

        JsonNode y2026 = json(office.get("/api/fire-safety/streets/" + street + "/summary?year=2026"));
        assertThat(y2026.path("months").get(0).path("patrols").asInt()).isEqualTo(1);
        assertThat(y2026.path("months").get(0).path("findings").asInt()).isZero();
        assertThat(y2026.path("months").get(0).path("sessions").asInt()).isEqualTo(1);
        assertThat(ints(y2026.path("monthsWithoutPatrol"))).as("February went by without a patrol; March is under way")
                .containsExactly(2);
    }

    @Test
    @DisplayName("R-FIRE-1: a street office lists its own street's patrols only, filtered by days; another street's filter shows nothing")
    void aStreetOfficeSeesItsOwnStreet() {
        String street = freshStreet();
        String other = freshStreet();
        String estate = estate(street, street + "-c1", true);
        String elsewhere = estate(other, other + "-c1", true);
        assertThat(officer(street).post("/api/fire-lane-patrols", patrol(street, "2026-02-03", estate, "")).status()).isEqualTo(201);
        assertThat(officer(street).post("/api/fire-lane-patrols", patrol(street, "2026-03-02", estate, "")).status()).isEqualTo(201);
        assertThat(officer(other).post("/api/fire-lane-patrols", patrol(other, "2026-02-04", elsewhere, "")).status()).isEqualTo(201);

        JsonNode february = json(officer(street).get("/api/fire-lane-patrols?street=" + street + "&from=2026-02-01&to=2026-02-28"));
        assertThat(february.path("content")).hasSize(1);
        assertThat(february.path("content").get(0).path("day").asString()).isEqualTo("2026-02-03");
        assertThat(february.path("content").get(0).path("findings")).as("a clean patrol").isEmpty();

        TestHttp.Response othersStreet = officer(street).get("/api/fire-lane-patrols?street=" + other);
        assertThat(othersStreet.status()).isEqualTo(200);
        assertThat(json(othersStreet).path("content")).as("another street's patrols are not this office's to see").isEmpty();
        assertThat(json(admin().get("/api/fire-lane-patrols?street=" + other)).path("content")).hasSize(1);
        assertThat(as("company-x", "service-company", Map.of("company_id", "c-x")).get("/api/fire-lane-patrols").status()).isEqualTo(403);
    }

    @Test
    @DisplayName("R-FIRE-1, R-CMP-5: a finding on an estate unknown here refuses the whole patrol as problem+json: no complaint opened, "
            + "no patrol recorded")
    void anUnknownEstateRefusesTheWholePatrol() {
        String street = freshStreet();
        String estate = estate(street, street + "-c1", true);
        long complaintsBefore = mongo.getCollection("complaint").countDocuments();
        long patrolsBefore = mongo.getCollection("fireLanePatrol").countDocuments();

        TestHttp.Response refused = officer(street).post("/api/fire-lane-patrols", """
                {"street": "%s", "day": "2026-03-09", "route": ["%s", "e-unknown-estate"], "patrolledBy": ["王芳"],
                 "findings": [%s, %s]}""".formatted(street, estate, finding(estate, "北门"), finding("e-unknown-estate", "西门")));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.body()).contains("R-FIRE-1").contains("route[1]");
        assertThat(mongo.getCollection("complaint").countDocuments()).as("no complaint opened").isEqualTo(complaintsBefore);
        assertThat(mongo.getCollection("fireLanePatrol").countDocuments()).as("no patrol recorded").isEqualTo(patrolsBefore);
        assertThat(json(admin().get("/api/fire-lane-patrols?street=" + street)).path("content")).isEmpty();
    }
}
