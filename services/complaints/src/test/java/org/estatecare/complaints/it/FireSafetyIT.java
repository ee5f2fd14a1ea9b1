package org.estatecare.complaints.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.estatecare.testing.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Fire-lane patrols and fire-safety education over real HTTP (R-FIRE-1), findings opened as complaints (R-CMP-5). */
class FireSafetyIT extends ComplaintsServiceIT {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void tenthOfMarch() {
        CLOCK.set(START);
    }

    TestHttp officer(String street) {
        return as("street-" + street, "street-officer", Map.of("street", street));
    }

    static JsonNode json(TestHttp.Response response) {
        return JSON.readTree(response.body());
    }

    static String patrol(String street, String day, String route, String findings) {
        return """
                {"street": "%s", "day": "%s", "route": [%s], "patrolledBy": ["李明", "张强"], "findings": [%s]}"""
                .formatted(street, day, route, findings);
    }

    static String finding(String estate, String place) {
        return """
                {"estateId": "%s", "place": "%s", "obstruction": "私家车占用消防车通道", "photos": ["photo-%s"]}"""
                .formatted(estate, place, place.hashCode());
    }

    @Test
    @DisplayName("R-FIRE-1, R-CMP-5: a patrol's blocked lanes are opened as complaints for the street office; a patrol with a bad finding "
            + "records nothing and opens nothing")
    void findingsOpenComplaints() {
        String first = estate("chunhua", "chunhua-xinhua", true);
        String second = estate("chunhua", "chunhua-xinhua", true);
        String elsewhere = estate("dongxin", "dongxin-huaxin", true);
        long complaintsBefore = mongo.getCollection("complaint").countDocuments();
        long patrolsBefore = mongo.getCollection("fireLanePatrol").countDocuments();

        TestHttp.Response refused = officer("chunhua").post("/api/fire-lane-patrols", patrol("chunhua", "2026-03-09",
                "\"" + first + "\", \"" + elsewhere + "\"", finding(first, "北门消防通道") + ", " + finding(second, "3号楼东侧")));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.body()).contains("R-FIRE-1").contains("route[1]").contains("findings[1].estateId");
        assertThat(mongo.getCollection("complaint").countDocuments()).as("nothing opened").isEqualTo(complaintsBefore);
        assertThat(mongo.getCollection("fireLanePatrol").countDocuments()).as("nothing recorded").isEqualTo(patrolsBefore);

        TestHttp.Response recorded = officer("chunhua").post("/api/fire-lane-patrols", patrol("chunhua", "2026-03-09",
                "\"" + first + "\", \"" + second + "\"", finding(first, "北门消防通道") + ", " + finding(second, "3号楼东侧")));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        JsonNode findings = json(recorded).path("findings");
        assertThat(findings).hasSize(2);
        for (JsonNode found : findings) {
            JsonNode complaint = json(as("district-admin", "district-admin", Map.of()).get("/api/complaints/"
                    + found.path("complaintId").asString()));
            assertThat(complaint.path("category").path("code").asString()).isEqualTo("BLOCKED_FIRE_LANE");
            assertThat(complaint.path("handler").path("kind").path("code").asString()).isEqualTo("STREET_OFFICE");
            assertThat(complaint.path("channel").path("code").asString()).isEqualTo("PATROL");
        }
        String id = json(recorded).path("id").asString();
        assertThat(officer("dongxin").get("/api/fire-lane-patrols/" + id).status()).as("another street's").isEqualTo(404);
        assertThat(as("fire-officer", "department-officer", Map.of("department", "fire-rescue")).get("/api/fire-lane-patrols/" + id)
                .status()).isEqualTo(200);
        assertThat(as("housing-officer", "department-officer", Map.of("department", "housing")).get("/api/fire-lane-patrols/" + id)
                .status()).isEqualTo(403);
        assertThat(officer("dongxin").post("/api/fire-lane-patrols", patrol("chunhua", "2026-03-09", "\"" + first + "\"", ""))
                .status()).as("another street's office").isEqualTo(403);
        assertThat(officer("chunhua").post("/api/fire-lane-patrols", patrol("chunhua", "2026-03-11", "\"" + first + "\"", ""))
                .status()).as("a patrol not yet walked").isEqualTo(422);
    }

    @Test
    @DisplayName("R-FIRE-1: fire-safety sessions are recorded per street, and the street's year names the months gone by without a patrol")
    void sessionsAndTheStreetsYear() {
        String street = "chunhua";
        String estate = estate(street, "chunhua-xinhua", true);
        TestHttp admin = as("district-admin", "district-admin", Map.of());
        TestHttp.Response session = officer(street).post("/api/fire-safety-sessions", """
                {"street": "%s", "day": "2026-03-01", "estates": ["%s"], "topic": "春季防火", "givenBy": "河东消防救援支队", "attendance": 46}"""
                .formatted(street, estate));
        assertThat(session.status()).as(session.toString()).isEqualTo(201);
        assertThat(officer(street).post("/api/fire-safety-sessions", """
                {"street": "%s", "day": "2026-03-01", "topic": "t", "givenBy": "g", "attendance": 0}""".formatted(street)).status())
                .isEqualTo(400);
        TestHttp.Response onBehalf = admin.post("/api/fire-lane-patrols", patrol(street, "2026-02-27", "\"" + estate + "\"", ""));
        assertThat(onBehalf.status()).as(onBehalf.toString()).isEqualTo(201);
        assertThat(json(onBehalf).path("recordedByTheDistrict").asBoolean()).isTrue();

        JsonNode year = json(admin.get("/api/fire-safety/streets/" + street + "/summary?year=2026"));
        assertThat(year.path("months").get(1).path("patrols").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(year.path("months").get(2).path("sessions").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(year.path("monthsWithoutPatrol")).extracting(JsonNode::asInt).doesNotContain(2, 3, 4, 12);
        assertThat(admin.get("/api/fire-safety/streets/" + street + "/summary?year=1999").status()).isEqualTo(400);
        assertThat(admin.get("/api/fire-safety/streets/" + street + "/summary?year=2027").status()).as("a year not begun").isEqualTo(400);
        assertThat(officer("dongxin").get("/api/fire-safety/streets/" + street + "/summary?year=2026").status()).isEqualTo(403);
        assertThat(as("resident-f", "resident", Map.of("street", street, "community", "chunhua-xinhua")).get("/api/fire-safety-sessions")
                .status()).isEqualTo(403);
    }
}
