package org.estatecare.registry.it;

import static org.estatecare.kit.testing.BadInputWalker.UNIQUE;

import java.util.Map;
import java.util.stream.Stream;

import org.estatecare.kit.testing.BadInputWalker;
import org.estatecare.testing.TestHttp;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Every POST and PUT of the registry's OpenAPI document, sent malformed, wrongly typed, out-of-range,
 * oversized and control-character input: each must answer 4xx problem+json and change nothing. Each
 * operation gets an estate in the state it acts on, so that a case reaches validation, not a 404 or a
 * state conflict.
 */
@Tag("bad-input")
class BadInputIT extends RegistryIntegrationTest {

    @Autowired
    MongoTemplate mongo;

    String registered() {
        return as("admin").post("/api/estates", estateJson(uniqueName("bad-input"), "chunhua", "chunhua-xinhua", ELIGIBLE)).id();
    }

    String takenOver() {
        String id = registered();
        as("admin").post("/api/estates/" + id + "/takeover-acceptance", takeover("2026-01-10"));
        return id;
    }

    String included() {
        String id = filedEstate(ELIGIBLE);
        as("admin").post("/api/estates/" + id + "/inclusion", "{\"includedOn\": \"2026-02-01\", \"managementMode\": \"SERVICE_COMPANY\"}");
        return id;
    }

    /** An estate in the scheme that no company serves: governed by its residents' committee from 2026-07-01. */
    String selfGoverned() {
        String id = included();
        as("admin").post("/api/estates/" + id + "/management-mode",
                "{\"mode\": \"RESIDENT_SELF_GOVERNANCE\", \"effectiveFrom\": \"2026-07-01\"}");
        return id;
    }

    Map<String, String> pendingApplication() {
        String id = included();
        return Map.of("id", id, "applicationId", pendingExitApplication(id, "chunhua-officer"));
    }

    @TestFactory
    @DisplayName("bad input to any POST or PUT is 4xx problem+json and changes nothing")
    Stream<DynamicTest> everyWriteRefusesBadInput() {
        TestHttp admin = new TestHttp("http://127.0.0.1:" + port, tokens().tokenFor("admin"));
        TestHttp streetOfficer = new TestHttp("http://127.0.0.1:" + port, tokens().tokenFor("chunhua-officer"));
        String documents = "\"documents\": [\"河东民〔2026〕1号\"], \"note\": \"checked\"";
        return BadInputWalker.of("estate-registry", admin, mongo.getDb())
                .validBody("POST /api/estates", estateJson("bad-" + UNIQUE, "chunhua", "chunhua-xinhua", ELIGIBLE))
                .validBody("PUT /api/estates/{id}", estateJson("bad-" + UNIQUE, "chunhua", "chunhua-xinhua", ELIGIBLE))
                .validBody("POST /api/streets", """
                        {"code": "s-%s", "name": "新街道", "communities": [{"code": "c-%s", "name": "新社区"}]}"""
                        .formatted(UNIQUE, UNIQUE))
                .validBody("POST /api/estates/{id}/takeover-acceptance", takeover("2026-01-10", documents))
                .validBody("POST /api/estates/{id}/filing", "{\"filedOn\": \"2026-01-20\", " + documents + "}")
                .validBody("POST /api/estates/{id}/inclusion",
                        "{\"includedOn\": \"2026-02-01\", \"managementMode\": \"SERVICE_COMPANY\", " + documents + "}")
                .validBody("POST /api/estates/{id}/non-inclusion",
                        "{\"decidedOn\": \"2026-02-01\", \"reason\": \"不符合条件\", " + documents + "}")
                .validBody("POST /api/estates/{id}/exit",
                        "{\"reason\": \"DEMOLITION\", \"effectiveDate\": \"2026-09-30\", " + documents + "}")
                .validBody("POST /api/estates/{id}/management-mode",
                        "{\"mode\": \"RESIDENT_SELF_GOVERNANCE\", \"effectiveFrom\": \"2026-07-01\", " + documents + "}")
                .validBody("POST /api/estates/{id}/management-committee",
                        "{\"members\": [{\"name\": \"王建华\", \"capacity\": \"PROPERTY_OWNER\"}, {\"name\": \"李秀英\", \"capacity\": \"RESIDENTS_COMMITTEE\"}, {\"name\": \"赵志强\", \"capacity\": \"RESIDENT_REPRESENTATIVE\"}], " + documents + "}")
                .validBody("POST /api/estates/{id}/maintenance", """
                        {"fireEquipmentUnit": "河东区消防设施维保中心", "liftUnit": "河东电梯维保公司",
                         "sharedFacilityWarrantyEndsOn": "2028-02-29",
                         "warranties": [{"facility": "ROOF_WATERPROOFING", "endsOn": "2031-02-28", "unit": "津城建设集团"}], %s}"""
                        .formatted(documents))
                .validBody("POST /api/estates/{id}/basic-service-providers", """
                        {"providers": [{"service": "GATE_DUTY", "kind": "VOLUNTEERS", "name": "新华楼门志愿队"},
                                       {"service": "PATROL", "kind": "VOLUNTEERS", "name": "新华楼门志愿队"},
                                       {"service": "CLEANING", "kind": "PROFESSIONAL_UNIT", "name": "河东环卫保洁公司"},
                                       {"service": "PARKING", "kind": "RESIDENTS_COMMITTEE", "name": "新华社区居委会"}], %s}"""
                        .formatted(documents))
                .validBody("POST /api/estates/{id}/exit-applications", """
                        {"applicant": "PROPERTY_OWNER", "owner": "河东区房管局", "reason": "OWNER_SELF_MANAGEMENT",
                         "proposedEffectiveDate": "%s", %s}""".formatted(today().plusDays(1), documents))
                .validBody("POST /api/estates/{id}/exit-applications/{applicationId}/withdrawal", "{" + documents + "}")
                .validBody("POST /api/estates/{id}/exit-applications/{applicationId}/refusal",
                        "{\"reasons\": \"征收计划尚未批准\", " + documents + "}")
                .validBody("POST /api/estates/{id}/exit-applications/{applicationId}/approval",
                        "{\"effectiveDate\": \"" + today().plusDays(2) + "\", " + documents + "}")
                .caller("POST /api/estates/{id}/exit-applications", streetOfficer)
                .caller("POST /api/estates/{id}/exit-applications/{applicationId}/withdrawal", streetOfficer)
                .fixture("POST /api/estates/{id}/exit-applications", () -> Map.of("id", included()))
                .fixture("POST /api/estates/{id}/exit-applications/{applicationId}/withdrawal", this::pendingApplication)
                .fixture("POST /api/estates/{id}/exit-applications/{applicationId}/refusal", this::pendingApplication)
                .fixture("POST /api/estates/{id}/exit-applications/{applicationId}/approval", this::pendingApplication)
                .fixture("PUT /api/estates/{id}", () -> Map.of("id", registered()))
                .fixture("POST /api/estates/{id}/takeover-acceptance", () -> Map.of("id", registered()))
                .fixture("POST /api/estates/{id}/filing", () -> Map.of("id", takenOver()))
                .fixture("POST /api/estates/{id}/inclusion", () -> Map.of("id", filedEstate(ELIGIBLE)))
                .fixture("POST /api/estates/{id}/non-inclusion", () -> Map.of("id", filedEstate(ELIGIBLE)))
                .fixture("POST /api/estates/{id}/exit", () -> Map.of("id", included()))
                .fixture("POST /api/estates/{id}/management-mode", () -> Map.of("id", included()))
                .fixture("POST /api/estates/{id}/management-committee", () -> Map.of("id", included()))
                .fixture("POST /api/estates/{id}/maintenance", () -> Map.of("id", included()))
                .fixture("POST /api/estates/{id}/basic-service-providers", () -> Map.of("id", selfGoverned()))
                .validBody("PUT /api/streets/{code}/responsible-person", """
                        {"name": "李卫东", "position": "春华街道办事处副主任", "workPhone": "022-24311234", "appointedOn": "2026-01-05"}""")
                .validBody("PUT /api/streets/{code}/maintenance-method", """
                        {"title": "春华街道老旧小区维修养护办法", "reference": "春华街发〔2026〕3号", "effectiveFrom": "2026-03-01",
                         "summary": "报修24小时内响应，维修资金按规定审批使用"}""")
                .validBody("PUT /api/streets/{code}/district-maintenance-units", """
                        {"sharedFacilitiesUnit": "河东区房屋维修中心", "pathsUnit": "河东区市政养护所", "streetLightsUnit": "河东区路灯管理所",
                         "effectiveFrom": "2026-03-01", "decisionReference": "东政发〔2026〕12号"}""")
                .pathValue("code", "chunhua")
                .pathValue("id", "missing-estate")
                .pathValue("applicationId", "missing-application")
                .cases();
    }
}
