package org.estatecare.complaints.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.estatecare.complaints.routing.ShippedRoutingTable;
import org.estatecare.events.complaints.ComplaintEvents;
import org.estatecare.events.estates.EstateEvents;
import org.estatecare.events.estates.MaintenanceNamed;
import org.estatecare.events.estates.StreetMaintenanceUnitsNamed;
import org.estatecare.testing.EventTap;
import org.estatecare.testing.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The district's division of complaint duties through the API and the routing it decides, over real HTTP and the real
 * broker: decisions dated ahead take over on their day, complaints keep the decision they were filed under, repairs go
 * to the unit the registry named for the facility. Decisions recorded here change only paths between buildings, which
 * no other test files, since all of this JVM's tests share the district's record.
 */
class DutyDivisionIT extends ComplaintsServiceIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final EventTap COMPLAINT_EVENTS = EventTap.on(INFRA.kafka().bootstrapServers(), ComplaintEvents.TOPIC, 3);

    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void tenthOfMarch() {
        CLOCK.set(START);
    }

    TestHttp admin() {
        return as("district-admin", "district-admin", Map.of());
    }

    TestHttp resident() {
        return as("resident-duties", "resident", Map.of("street", "chunhua", "community", "chunhua-xinhua"));
    }

    TestHttp streetOfficer() {
        return as("street-chunhua", "street-officer", Map.of("street", "chunhua"));
    }

    static JsonNode json(TestHttp.Response response) {
        return JSON.readTree(response.body());
    }

    /** The shipped decision under another version and day, paths going to municipal roads first. */
    static ObjectNode pathsToMunicipalRoads(String version, LocalDate effectiveFrom) {
        ObjectNode decision = (ObjectNode) JSON.readTree(JSON.writeValueAsString(ShippedRoutingTable.decision()));
        decision.put("version", version).put("effectiveFrom", effectiveFrom.toString()).put("reference", "河东民政〔2026〕8号")
                .put("note", "楼间甬路改由市政道路部门先行处理");
        ArrayNode paths = ((ObjectNode) decision.path("chains")).putArray("PATH_REPAIR");
        paths.addObject().put("kind", "DEPARTMENT").put("department", "municipal-roads")
                .put("acknowledge", "1 working day").put("resolve", "10 working days");
        paths.addObject().put("kind", "STREET_OFFICE").put("acknowledge", "1 working day").put("resolve", "5 working days");
        return decision;
    }

    String file(String estate, String category, String facility) {
        TestHttp.Response filed = resident().post("/api/complaints", """
                {"estateId": "%s", "category": "%s", %s"place": "%s", "description": "坏了"}""".formatted(estate, category,
                facility == null ? "" : "\"facility\": \"" + facility + "\", ", UUID.randomUUID()));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        return json(filed).path("id").asString();
    }

    JsonNode complaint(String id) {
        return json(admin().get("/api/complaints/" + id));
    }

    @Test
    @DisplayName("R-DUTY-1: the division in force is readable by everyone; complaints route by the decision in force on their filing day, "
            + "a decision dated ahead takes over on its day, and a complaint filed before keeps its route")
    void aDatedDecisionTakesOverOnItsDay() {
        JsonNode inForce = json(resident().get("/api/duty-divisions/in-force"));
        assertThat(inForce.path("version").asString()).isEqualTo("2026-2");
        assertThat(inForce.path("standing").asString()).isEqualTo("IN_FORCE");
        assertThat(inForce.path("chains").path("PATH_REPAIR").get(1).path("department").asString()).isEqualTo("municipal-roads");

        String version = "2026-" + UUID.randomUUID().toString().substring(0, 6);
        TestHttp.Response decided = admin().post("/api/duty-divisions", pathsToMunicipalRoads(version, LocalDate.of(2026, 3, 11)).toString());
        assertThat(decided.status()).as(decided.toString()).isEqualTo(201);
        assertThat(decided.header("Location")).isEqualTo("/api/duty-divisions/" + version);
        assertThat(json(decided).path("standing").asString()).isEqualTo("SCHEDULED");
        assertThat(json(decided).path("decidedBy").asString()).isEqualTo("district-admin");

        String estate = estate("chunhua", "chunhua-xinhua", true);
        String before = file(estate, "PATH_REPAIR", null);
        assertThat(complaint(before).path("handler").path("kind").path("code").asString()).isEqualTo("STREET_OFFICE");
        assertThat(complaint(before).path("routingVersion").asString()).isEqualTo("hedong/2026-2");
        assertThat(complaint(before).path("facility").path("code").asString()).isEqualTo("PATH_BETWEEN_BUILDINGS");

        CLOCK.set(START.plus(Duration.ofDays(1)));
        assertThat(json(resident().get("/api/duty-divisions/in-force")).path("version").asString()).isEqualTo(version);
        assertThat(json(resident().get("/api/duty-divisions/in-force?on=2026-03-10")).path("version").asString()).isEqualTo("2026-2");
        String after = file(estate, "PATH_REPAIR", null);
        JsonNode routed = complaint(after);
        assertThat(routed.path("handler").path("kind").path("code").asString()).isEqualTo("DEPARTMENT");
        assertThat(routed.path("handler").path("department").asString()).isEqualTo("municipal-roads");
        assertThat(routed.path("routingVersion").asString()).isEqualTo("hedong/" + version);
        assertThat(complaint(before).path("handler").path("kind").path("code").asString()).as("filed before, routed before").isEqualTo("STREET_OFFICE");
        await().atMost(Duration.ofSeconds(30)).until(() -> COMPLAINT_EVENTS.of(estate).stream().anyMatch(e -> e.subject().equals(after)
                && e.type().equals(ComplaintEvents.ASSIGNED.type()) && e.payload().contains("municipal-roads")));

        JsonNode list = json(streetOfficer().get("/api/duty-divisions"));
        assertThat(list.path("content").get(0).path("version").asString()).isEqualTo(version);
        assertThat(list.path("content").valueStream().map(d -> d.path("standing").asString()).toList()).contains("IN_FORCE", "SUPERSEDED");
    }

    @Test
    @DisplayName("R-DUTY-1: only the district admin decides; a decision dated today, leaving a kind of complaint to nobody or with a step "
            + "that makes no sense is refused and nothing is recorded")
    void badDecisionsAreRefusedAndChangeNothing() {
        int decisions = json(admin().get("/api/duty-divisions?size=100")).path("content").size();
        String version = "bad-" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(streetOfficer().post("/api/duty-divisions", pathsToMunicipalRoads(version, LocalDate.of(2026, 5, 1)).toString()).status())
                .isEqualTo(403);

        TestHttp.Response today = admin().post("/api/duty-divisions", pathsToMunicipalRoads(version, LocalDate.of(2026, 3, 10)).toString());
        assertThat(today.status()).isEqualTo(422);
        assertThat(today.header("Content-Type")).startsWith("application/problem+json");
        assertThat(today.body()).contains("R-DUTY-1").contains("effectiveFrom");

        ObjectNode partial = pathsToMunicipalRoads(version, LocalDate.of(2026, 5, 1));
        ((ObjectNode) partial.path("chains")).remove("STREET_LIGHT");
        TestHttp.Response missing = admin().post("/api/duty-divisions", partial.toString());
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.body()).contains("chains.STREET_LIGHT");

        ObjectNode broken = pathsToMunicipalRoads(version, LocalDate.of(2026, 5, 1));
        ((ObjectNode) broken.path("chains").path("PATH_REPAIR").get(0)).put("resolve", "3 fortnights");
        TestHttp.Response step = admin().post("/api/duty-divisions", broken.toString());
        assertThat(step.status()).isEqualTo(422);
        assertThat(step.body()).contains("chains.PATH_REPAIR[0]");

        ObjectNode unknown = pathsToMunicipalRoads(version, LocalDate.of(2026, 5, 1));
        ((ObjectNode) unknown.path("chains")).putArray("NOISE").addObject().put("kind", "STREET_OFFICE");
        assertThat(admin().post("/api/duty-divisions", unknown.toString()).status()).isEqualTo(400);

        assertThat(json(admin().get("/api/duty-divisions?size=100")).path("content").size()).isEqualTo(decisions);
        assertThat(admin().get("/api/duty-divisions/" + version).status()).isEqualTo(404);
    }

    @Test
    @DisplayName("R-DUTY-1: a decision not in force yet is revoked with its reason and the one before stays in force; one in force is not")
    void aScheduledDecisionIsRevoked() {
        String version = "rev-" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(admin().post("/api/duty-divisions", pathsToMunicipalRoads(version, LocalDate.of(2026, 9, 30)).toString()).status())
                .isEqualTo(201);
        assertThat(streetOfficer().post("/api/duty-divisions/" + version + "/revocation", "{\"reason\": \"x\"}").status()).isEqualTo(403);
        TestHttp.Response revoked = admin().post("/api/duty-divisions/" + version + "/revocation", "{\"reason\": \"区政府会议改期\"}");
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
        assertThat(json(revoked).path("standing").asString()).isEqualTo("REVOKED");
        assertThat(json(revoked).path("revoked").path("reason").asString()).isEqualTo("区政府会议改期");
        assertThat(admin().post("/api/duty-divisions/" + version + "/revocation", "{\"reason\": \"again\"}").status()).isEqualTo(409);
        assertThat(json(resident().get("/api/duty-divisions/in-force?on=2026-09-30")).path("version").asString()).isNotEqualTo(version);
        TestHttp.Response inForce = admin().post("/api/duty-divisions/2026-2/revocation", "{\"reason\": \"x\"}");
        assertThat(inForce.status()).isEqualTo(422);
        assertThat(admin().get("/api/duty-divisions/in-force?on=1999-12-31").status()).isEqualTo(400);
    }

    @Test
    @DisplayName("R-MAINT-1, R-MAINT-2: a repair goes to the unit bound by the facility's warranty until it ends, then to the unit named "
            + "for the facility, else to the street office; the street office acts for the unit")
    void repairsGoToTheWarrantyUnitThenTheNamedUnit() {
        String estate = estate("chunhua", "chunhua-xinhua", true);
        publish(estate, 3, EstateEvents.MAINTENANCE_NAMED, new MaintenanceNamed(estate, "chunhua", "chunhua-xinhua", "河东消防维保中心",
                "河东电梯维保公司", LocalDate.of(2026, 6, 30), List.of(
                        new MaintenanceNamed.Warranty("LIFT", LocalDate.of(2026, 6, 30), "津安电梯安装公司"),
                        new MaintenanceNamed.Warranty("STREET_LIGHT", LocalDate.of(2027, 6, 30), "华明照明工程公司"))));
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.findById(estate, org.bson.Document.class, "estate_maintenance") != null);

        String lift = file(estate, "FACILITY_REPAIR", "LIFT");
        JsonNode handler = complaint(lift).path("handler");
        assertThat(handler.path("kind").path("code").asString()).isEqualTo("STREET_OFFICE");
        assertThat(handler.path("unit").asString()).isEqualTo("津安电梯安装公司");
        assertThat(complaint(file(estate, "STREET_LIGHT", null)).path("handler").path("unit").asString()).isEqualTo("华明照明工程公司");
        JsonNode roof = complaint(file(estate, "FACILITY_REPAIR", "ROOF_WATERPROOFING")).path("handler");
        assertThat(roof.path("kind").path("code").asString()).isEqualTo("STREET_OFFICE");
        assertThat(roof.path("unit").isMissingNode() || roof.path("unit").isNull()).as("no warranty, no unit named: the street office itself").isTrue();
        assertThat(streetOfficer().post("/api/complaints/" + lift + "/acknowledgement", null).status()).isEqualTo(200);

        CLOCK.set(START.plus(Duration.ofDays(113))); // 1 July: the lift's warranty has ended
        assertThat(complaint(file(estate, "FACILITY_REPAIR", "LIFT")).path("handler").path("unit").asString()).isEqualTo("河东电梯维保公司");
        assertThat(complaint(file(estate, "FACILITY_REPAIR", "FIRE_EQUIPMENT")).path("handler").path("unit").asString()).isEqualTo("河东消防维保中心");
        assertThat(complaint(lift).path("handler").path("unit").asString()).as("routed when filed").isEqualTo("津安电梯安装公司");
    }

    @Test
    @DisplayName("R-MAINT-1: a facility is named for repairs only, and a path or street light repair is about its own facility; refused, nothing filed")
    void aFacilityBelongsToRepairs() {
        String estate = estate("chunhua", "chunhua-xinhua", true);
        long filed = mongo.getCollection("complaint").countDocuments();
        for (String body : List.of(
                "{\"estateId\": \"%s\", \"category\": \"SERVICE_CLEANING\", \"facility\": \"LIFT\", \"description\": \"d\"}",
                "{\"estateId\": \"%s\", \"category\": \"PATH_REPAIR\", \"facility\": \"LIFT\", \"description\": \"d\"}")) {
            TestHttp.Response refused = resident().post("/api/complaints", body.formatted(estate));
            assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
            assertThat(refused.body()).contains("facility");
        }
        assertThat(resident().post("/api/complaints", "{\"estateId\": \"%s\", \"category\": \"FACILITY_REPAIR\", \"facility\": \"BRIDGE\", \"description\": \"d\"}"
                .formatted(estate)).status()).isEqualTo(400);
        assertThat(mongo.getCollection("complaint").countDocuments()).isEqualTo(filed);
        assertThat(complaint(file(estate, "FACILITY_REPAIR", null)).path("facility").path("code").asString()).isEqualTo("OTHER");
    }

    @Test
    @DisplayName("R-MAINT-2: after the warranty a repair of paths, street lights or shared facilities goes to the unit the district named "
            + "for the street, as in force on the filing day")
    void repairsAfterTheWarrantyGoToTheDistrictsUnits() {
        String estate = estate("dongxin", "dongxin-huaxin", true);
        publish("dongxin", "dongxin", 1, EstateEvents.STREET_MAINTENANCE_UNITS_NAMED, new StreetMaintenanceUnitsNamed("dongxin",
                "河东区房屋维修中心", "河东区市政养护所", "河东区路灯管理所", LocalDate.of(2026, 1, 1), "东政发〔2026〕12号"));
        publish("dongxin", "dongxin", 2, EstateEvents.STREET_MAINTENANCE_UNITS_NAMED, new StreetMaintenanceUnitsNamed("dongxin",
                "河东区房屋维修中心", "津东道路养护公司", "河东区路灯管理所", LocalDate.of(2026, 4, 1), "东政发〔2026〕31号"));
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            org.bson.Document units = mongo.findById("dongxin", org.bson.Document.class, "street_maintenance_units");
            return units != null && units.getList("versions", Object.class).size() == 2;
        });
        TestHttp admin = admin();
        java.util.function.BiFunction<String, String, JsonNode> file = (category, facility) -> {
            TestHttp.Response filed = admin.post("/api/complaints", """
                    {"estateId": "%s", "category": "%s", %s"place": "%s", "description": "坏了"}""".formatted(estate, category,
                    facility == null ? "" : "\"facility\": \"" + facility + "\", ", UUID.randomUUID()));
            assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
            return json(filed).path("handler");
        };
        assertThat(file.apply("PATH_REPAIR", null).path("unit").asString()).isEqualTo("河东区市政养护所");
        assertThat(file.apply("STREET_LIGHT", null).path("unit").asString()).isEqualTo("河东区路灯管理所");
        assertThat(file.apply("FACILITY_REPAIR", "ROOF_WATERPROOFING").path("unit").asString()).isEqualTo("河东区房屋维修中心");
        JsonNode lift = file.apply("FACILITY_REPAIR", "LIFT");
        assertThat(lift.path("unit").isMissingNode() || lift.path("unit").isNull()).as("lifts are the street office's to name").isTrue();

        CLOCK.set(java.time.LocalDateTime.of(2026, 4, 1, 9, 0).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant());
        assertThat(file.apply("PATH_REPAIR", null).path("unit").asString()).as("the naming in force that day").isEqualTo("津东道路养护公司");
    }
}
