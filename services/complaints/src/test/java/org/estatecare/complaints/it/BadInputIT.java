package org.estatecare.complaints.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.estatecare.kit.testing.BadInputWalker.UNIQUE;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;

import org.estatecare.complaints.routing.ShippedRoutingTable;
import org.estatecare.kit.testing.BadInputWalker;
import org.estatecare.testing.TestHttp;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every POST and PUT of the complaints service's OpenAPI document (Open311's form included), sent
 * malformed, wrongly typed, out-of-range, oversized and control-character input: each must answer 4xx
 * problem+json and change nothing. Each operation is called by the role that may call it, on a
 * complaint in the state it acts on, so that a case reaches validation, not a 403, 404 or 409.
 */
@Tag("bad-input")
class BadInputIT extends ComplaintsServiceIT {

    static final String COMPANY = "badinput-co";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MongoTemplate mongo;

    TestHttp resident() {
        return as("resident-bad", "resident", Map.of("street", "chunhua", "community", "chunhua-xinhua"));
    }

    TestHttp company() {
        return as(COMPANY + "-staff", "service-company", Map.of("company_id", COMPANY));
    }

    String servedEstate() {
        String estate = estate("chunhua", "chunhua-xinhua", true);
        servedBy(estate, COMPANY);
        return estate;
    }

    String filed() {
        TestHttp.Response filed = resident().post("/api/complaints", """
                {"estateId": "%s", "category": "SERVICE_CLEANING", "place": "5号楼楼道", "description": "楼道垃圾未清理 %s"}"""
                .formatted(servedEstate(), java.util.UUID.randomUUID()));
        return JSON.readTree(filed.body()).path("id").asString();
    }

    String acknowledged() {
        String id = filed();
        company().post("/api/complaints/" + id + "/acknowledgement", null);
        return id;
    }

    String resolved() {
        String id = acknowledged();
        company().post("/api/complaints/" + id + "/resolution", "{\"reason\": \"已清扫\"}");
        return id;
    }

    /** A decision dated ahead, still to be revoked: its version. */
    Map<String, String> scheduledDecision() {
        ObjectNode decision = (ObjectNode) JSON.readTree(JSON.writeValueAsString(ShippedRoutingTable.decision()));
        String version = "rv-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        decision.put("version", version).put("effectiveFrom", LocalDate.of(2026, 4, 1).plusDays(scheduled++).toString());
        TestHttp.Response recorded = as("admin", "district-admin", Map.of()).post("/api/duty-divisions", decision.toString());
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        return Map.of("version", version);
    }

    private int scheduled;

    @TestFactory
    @DisplayName("bad input to any POST or PUT is 4xx problem+json and changes nothing")
    Stream<DynamicTest> everyWriteRefusesBadInput() {
        TestHttp admin = as("admin", "district-admin", Map.of());
        // a year's arrangement must keep every statutory day: the example takes the computed ones
        ObjectNode arrangement = JSON.createObjectNode().put("source", "测试用安排（非官方通知）");
        arrangement.set("holidays", JSON.readTree(admin.get("/api/calendar/years/2031").body()).path("holidays"));
        arrangement.putArray("makeUpWorkingDays").add("2031-01-04");
        // a decision on the division of duties: the shipped one, dated ahead of the clock, under a fresh version
        CLOCK.set(START);
        ObjectNode decision = (ObjectNode) JSON.readTree(JSON.writeValueAsString(ShippedRoutingTable.decision()));
        decision.put("version", "bi-" + UNIQUE).put("effectiveFrom", "2026-11-17").put("reference", "河东民政〔2026〕%s号".formatted(UNIQUE));
        return BadInputWalker.of("complaints", admin, mongo.getDb())
                .validBody("POST /api/complaints", """
                        {"estateId": "{{estateId}}", "category": "SERVICE_CLEANING", "complainantName": "王女士",
                         "complainantPhone": "13800000000", "building": "5号楼", "place": "楼道",
                         "latitude": 39.12, "longitude": 117.25, "description": "楼道垃圾未清理 %s",
                         "photos": ["https://example.org/p.jpg"]}""".formatted(UNIQUE))
                .validBody("POST /api/complaints/{id}/escalation", "{\"reason\": \"劝阻无效\"}")
                .validBody("POST /api/complaints/{id}/resolution", "{\"reason\": \"已清扫\"}")
                .validBody("POST /api/complaints/{id}/closure", "{\"satisfaction\": 4, \"comment\": \"满意\"}")
                .validBody("POST /api/complaints/{id}/reopening", "{\"reason\": \"又脏了\"}")
                .validBody("PUT /api/calendar/years/{year}", arrangement.toString())
                .validBody("POST /api/duty-divisions", decision.toString())
                .validBody("POST /api/duty-divisions/{version}/revocation", "{\"reason\": \"区政府会议改期\"}")
                .fixture("POST /api/duty-divisions/{version}/revocation", this::scheduledDecision)
                .validBody("POST /api/fire-lane-patrols", """
                        {"street": "chunhua", "day": "2026-03-09", "route": ["{{estateId}}"], "patrolledBy": ["李明", "张强"],
                         "findings": [{"estateId": "{{estateId}}", "place": "北门消防通道 %s", "obstruction": "私家车占道",
                                       "photos": ["photo-1"]}]}""".formatted(UNIQUE))
                .fixture("POST /api/fire-lane-patrols", () -> Map.of("estateId", servedEstate()))
                .validBody("POST /api/fire-safety-sessions", """
                        {"street": "chunhua", "day": "2026-03-09", "estates": ["{{estateId}}"], "topic": "春季防火",
                         "givenBy": "河东消防救援支队", "attendance": 46}""")
                .fixture("POST /api/fire-safety-sessions", () -> Map.of("estateId", servedEstate()))
                .validForm("POST /open311/v2/requests.{format}", "service_code=SERVICE_CLEANING"
                        + "&attribute%5Bestate_id%5D={{estateId}}&description=%E6%A5%BC%E9%81%93%E5%9E%83%E5%9C%BE"
                        + "&lat=39.12&long=117.25&first_name=%E5%A5%B3%E5%A3%AB&last_name=%E7%8E%8B&phone=13800000000"
                        + "&address_string=%E6%98%A5%E5%8D%8E%E8%A1%971%E5%8F%B7",
                        "service_code")
                .caller("POST /api/complaints", resident())
                .caller("POST /open311/v2/requests.{format}", resident())
                .caller("POST /api/complaints/{id}/escalation", company())
                .caller("POST /api/complaints/{id}/resolution", company())
                .caller("POST /api/complaints/{id}/closure", resident())
                .caller("POST /api/complaints/{id}/reopening", resident())
                .fixture("POST /api/complaints", () -> Map.of("estateId", servedEstate()))
                .fixture("POST /open311/v2/requests.{format}", () -> Map.of("estateId", servedEstate(), "format", "json"))
                .fixture("POST /api/complaints/{id}/escalation", () -> Map.of("id", acknowledged()))
                .fixture("POST /api/complaints/{id}/resolution", () -> Map.of("id", acknowledged()))
                .fixture("POST /api/complaints/{id}/closure", () -> Map.of("id", resolved()))
                .fixture("POST /api/complaints/{id}/reopening", () -> Map.of("id", resolved()))
                .pathValue("id", "missing")
                .pathValue("year", "2031")
                .pathValue("format", "json")
                .cases();
    }
}
