package org.estatecare.assessments.it;

import static org.estatecare.assessments.it.InspectionJson.CHECKLISTS;
import static org.estatecare.assessments.it.InspectionJson.FIRE_LANE;
import static org.estatecare.assessments.it.InspectionJson.LITTER;
import static org.estatecare.assessments.it.InspectionJson.correction;
import static org.estatecare.assessments.it.InspectionJson.recording;

import java.time.LocalDate;
import java.util.List;
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
 * Every POST and PUT of the assessments service's OpenAPI document, sent malformed, wrongly typed,
 * out-of-range, oversized and control-character input: each must answer 4xx problem+json and change
 * nothing. Each operation gets a valid example and an object in the state it acts on, so that a case
 * reaches validation, not a 403, a 404 or a state conflict.
 */
@Tag("bad-input")
class BadInputIT extends AssessmentsIntegrationTest {

    @Autowired
    MongoTemplate mongo;

    TestHttp scoped(String role, Map<String, String> claims) {
        return new TestHttp("http://127.0.0.1:" + port, tokens().token("bad-input-" + role, List.of(role), claims));
    }

    @TestFactory
    @DisplayName("bad input to any POST or PUT is 4xx problem+json and changes nothing")
    Stream<DynamicTest> everyWriteRefusesBadInput() {
        TestHttp admin = new TestHttp("http://127.0.0.1:" + port, tokens().tokenFor("admin"));
        BadInputWalker walker = BadInputWalker.of("assessments", admin, mongo.getDb());
        schemes(walker);
        inspections(walker);
        assessments(walker);
        surveys(walker);
        rectifications(walker);
        reInspections(walker);
        coordination(walker);
        return walker.cases();
    }

    /**
     * Schemes: a street's officer drafts and revises its own street's version; the district approves and
     * rejects a submitted one (a fresh street each time, since a decided version never changes again).
     */
    void schemes(BadInputWalker walker) {
        String rules = as("admin").get("/api/assessment-schemes/district/versions/1").json().path("rules").toString();
        String version = "{\"effectiveFrom\": \"%s\", \"rules\": %s, \"note\": \"考核办法（试行）\"}"
                .formatted(today().withDayOfMonth(1), rules);
        String drafting = unique("bad-draft");
        String revising = unique("bad-revise");
        officerOf(revising).post("/api/assessment-schemes/" + revising + "/versions", version);
        walker.validBody("POST /api/assessment-schemes/{owner}/versions", version)
                .fixture("POST /api/assessment-schemes/{owner}/versions", () -> draftable(drafting))
                .caller("POST /api/assessment-schemes/{owner}/versions", officerOf(drafting))
                .validBody("PUT /api/assessment-schemes/{owner}/versions/{version}", version)
                .fixture("PUT /api/assessment-schemes/{owner}/versions/{version}", () -> Map.of("owner", revising, "version", "1"))
                .caller("PUT /api/assessment-schemes/{owner}/versions/{version}", officerOf(revising))
                .validBody("POST /api/assessment-schemes/{owner}/versions/{version}/approval", "{\"note\": \"同意\"}")
                .fixture("POST /api/assessment-schemes/{owner}/versions/{version}/approval", () -> submitted(version))
                .validBody("POST /api/assessment-schemes/{owner}/versions/{version}/rejection", "{\"reason\": \"权重需调整\"}")
                .fixture("POST /api/assessment-schemes/{owner}/versions/{version}/rejection", () -> submitted(version));
    }

    TestHttp officerOf(String street) {
        return scoped("street-officer", Map.of("street", street));
    }

    /** The street, with no version open: one left open by an accepted case is submitted and sent back. */
    Map<String, String> draftable(String street) {
        Api.Response scheme = as("admin").get("/api/assessment-schemes/" + street);
        if (scheme.status() == 200 && scheme.json().path("openVersion").has("number")) {
            int open = scheme.json().path("openVersion").path("number").asInt();
            officerOf(street).post("/api/assessment-schemes/" + street + "/versions/" + open + "/submission", null);
            as("admin").post("/api/assessment-schemes/" + street + "/versions/" + open + "/rejection", "{\"reason\": \"重拟\"}");
        }
        return Map.of("owner", street);
    }

    /** A fresh street whose first version waits for the district. */
    Map<String, String> submitted(String version) {
        String street = unique("bad-submitted");
        officerOf(street).post("/api/assessment-schemes/" + street + "/versions", version);
        officerOf(street).post("/api/assessment-schemes/" + street + "/versions/1/submission", null);
        return Map.of("owner", street, "version", "1");
    }

    /** Inspections: recorded by the district as a spot check, corrected by it. */
    void inspections(BadInputWalker walker) {
        String estate = includedEstate(unique("bad"), unique("bad") + "-c1", LocalDate.of(2025, 1, 1));
        servedBy(estate, unique("company"), LocalDate.of(2025, 1, 1), LocalDate.of(2030, 12, 31));
        LocalDate day = today().minusDays(1);
        String kept = "{\"id\": \"{{id}}-F1\", " + LITTER.strip().substring(1);
        walker.validBody("POST /api/inspections", recording(estate, "DISTRICT_SPOT", day))
                .validBody("PUT /api/inspections/{id}", correction(day, kept + ", " + FIRE_LANE, "复核更正"))
                .fixture("PUT /api/inspections/{id}", () -> Map.of("id", as("admin").post("/api/inspections",
                        recording(estate, "DISTRICT_SPOT", day)).id()));
    }

    /** Assessments: last month of an estate inspected then, computed by the district. */
    void assessments(BadInputWalker walker) {
        String estate = includedEstate(unique("bad"), unique("bad") + "-c1", LocalDate.of(2025, 1, 1));
        java.time.YearMonth lastMonth = java.time.YearMonth.from(today()).minusMonths(1);
        as("admin").post("/api/inspections", recording(estate, "DISTRICT_SPOT", lastMonth.atDay(10)));
        walker.validBody("POST /api/assessments/computation",
                "{\"estateId\": \"%s\", \"period\": \"%s\"}".formatted(estate, lastMonth));
    }

    /**
     * Surveys: opened by the street office of a fresh estate each time (one survey per estate and period), codes
     * issued and paper forms entered by it on an open survey, and a resident's answer with a fresh code.
     */
    void surveys(BadInputWalker walker) {
        String street = unique("bad-survey");
        TestHttp office = officerOf(street);
        java.util.function.Supplier<String> freshSurvey = () -> new Api.Response(office.post("/api/surveys",
                SurveyJson.opening(includedEstate(street, street + "-c1", LocalDate.of(2025, 1, 1)), "2025-03"))).id();
        walker.validBody("POST /api/surveys", SurveyJson.opening("{{estate}}", "2025-03"))
                .fixture("POST /api/surveys", () -> Map.of("estate", includedEstate(street, street + "-c1", LocalDate.of(2025, 1, 1))))
                .caller("POST /api/surveys", office)
                .validBody("POST /api/surveys/{id}/codes", SurveyJson.households("1-1-" + BadInputWalker.UNIQUE))
                .fixture("POST /api/surveys/{id}/codes", () -> Map.of("id", freshSurvey.get()))
                .caller("POST /api/surveys/{id}/codes", office)
                .validBody("POST /api/surveys/{id}/answers", SurveyJson.paper("2-1-" + BadInputWalker.UNIQUE, 4, 5))
                .fixture("POST /api/surveys/{id}/answers", () -> Map.of("id", freshSurvey.get()))
                .caller("POST /api/surveys/{id}/answers", office)
                .validBody("POST /api/survey-answers", SurveyJson.withCode("{{code}}", 4, 4))
                .fixture("POST /api/survey-answers", () -> Map.of("code", Api.JSON.readTree(office.header("If-Match", "*")
                        .post("/api/surveys/" + freshSurvey.get() + "/codes", SurveyJson.households("3-1-1")).body())
                        .path("codes").get(0).path("code").asString()));
    }

    /**
     * Rectification orders: each opened by a district spot check's finding on an estate a company serves; the
     * company answers a fresh one, the district verifies a fresh answered one.
     */
    void rectifications(BadInputWalker walker) {
        String company = unique("bad-co");
        String estate = includedEstate(unique("bad"), unique("bad") + "-c1", LocalDate.of(2025, 1, 1));
        servedBy(estate, company, LocalDate.of(2025, 1, 1), LocalDate.of(2030, 12, 31));
        TestHttp companyUser = scoped("service-company", Map.of("company_id", company));
        String answer = "{\"text\": \"已清理并加派保洁\", \"photos\": [\"https://photos.example/after.jpg\"]}";
        java.util.function.Supplier<String> freshOrder = () -> {
            String inspection = as("admin").post("/api/inspections", recording(estate, "DISTRICT_SPOT", today())).id();
            return as("admin").get("/api/rectifications?source=" + inspection).json().path("content").get(0).path("id").asString();
        };
        walker.validBody("POST /api/rectifications/{id}/answers", answer)
                .fixture("POST /api/rectifications/{id}/answers", () -> Map.of("id", freshOrder.get()))
                .caller("POST /api/rectifications/{id}/answers", companyUser)
                .validBody("POST /api/rectifications/{id}/verification", "{\"accepted\": false, \"reason\": \"绿地仍有垃圾\"}")
                .fixture("POST /api/rectifications/{id}/verification", () -> {
                    String order = freshOrder.get();
                    companyUser.post("/api/rectifications/" + order + "/answers", answer);
                    return Map.of("id", order);
                });
    }

    /**
     * Re-inspections: the street office asks for one of a fresh estate's last month, every item failed, computed,
     * confirmed and published; the district records the result of a fresh request.
     */
    void reInspections(BadInputWalker walker) {
        String street = unique("bad-re");
        TestHttp office = officerOf(street);
        java.time.YearMonth lastMonth = java.time.YearMonth.from(today()).minusMonths(1);
        java.util.function.Supplier<String> poorAssessment = () -> {
            String estate = includedEstate(street, street + "-c1", LocalDate.of(2025, 1, 1));
            office.post("/api/inspections", """
                    {"estateId": "%s", "level": "STREET_MONTHLY", "inspectedOn": "%s", "checklists": %s}"""
                    .formatted(estate, lastMonth.atDay(10), RectificationIT.FAILED_CHECKLISTS));
            String id = new Api.Response(office.post("/api/assessments/computation",
                    "{\"estateId\": \"%s\", \"period\": \"%s\"}".formatted(estate, lastMonth))).json()
                    .path("assessments").get(0).path("id").asString();
            office.post("/api/assessments/" + id + "/confirmation", null);
            office.post("/api/assessments/" + id + "/publication", null);
            return id;
        };
        walker.validBody("POST /api/re-inspections", "{\"assessmentId\": \"{{assessment}}\", \"reason\": \"企业对检查结果有异议\"}")
                .fixture("POST /api/re-inspections", () -> Map.of("assessment", poorAssessment.get()))
                .caller("POST /api/re-inspections", office)
                .validBody("POST /api/re-inspections/{id}/result", """
                        {"inspectedOn": "%s", "checklists": %s, "findings": [%s]}""".formatted(today(), CHECKLISTS, LITTER))
                .fixture("POST /api/re-inspections/{id}/result", () -> Map.of("id", new Api.Response(office.post(
                        "/api/re-inspections", "{\"assessmentId\": \"%s\", \"reason\": \"异议\"}".formatted(poorAssessment.get())))
                        .id()));
    }

    /** Joint meetings (R-JOINT-1) and district referrals (R-DIST-1): a fresh meeting, held or not, and a fresh referral each time. */
    void coordination(BadInputWalker walker) {
        String street = unique("bad-jm");
        java.util.function.Supplier<String> meeting = () -> as("admin").post("/api/joint-meetings", """
                {"street": "%s", "day": "%s", "members": {"departments": ["HOUSING"]}, "agenda": [{"source": "OTHER", "title": "消防"}]}"""
                .formatted(street, today())).id();
        java.util.function.Supplier<String> held = () -> {
            String id = meeting.get();
            as("admin").post("/api/joint-meetings/" + id + "/minutes", """
                    {"attendees": ["街道"], "decisions": [], "actionItems": [{"owner": {"kind": "DEPARTMENT", "code": "HOUSING"},
                     "description": "d", "deadline": "%s"}]}""".formatted(today().plusDays(5)));
            return id;
        };
        walker.validBody("POST /api/joint-meetings", """
                        {"street": "%s", "day": "%s", "members": {"departments": ["HOUSING", "CITY_MANAGEMENT"], "companies": ["anju"],
                         "residentRepresentatives": ["王建华"]},
                         "agenda": [{"source": "OTHER", "title": "冬季消防安全"}]}""".formatted(street, today().plusDays(1)))
                .validBody("POST /api/joint-meetings/{id}/minutes", """
                        {"attendees": ["春华街道", "区住建委"], "decisions": [{"agendaItem": 1, "decision": "开展宣传"}],
                         "actionItems": [{"agendaItem": 1, "owner": {"kind": "DEPARTMENT", "code": "HOUSING"}, "description": "清理楼道",
                                          "deadline": "%s"}]}""".formatted(today().plusDays(7)))
                .fixture("POST /api/joint-meetings/{id}/minutes", () -> Map.of("id", meeting.get()))
                .validBody("POST /api/joint-meetings/{id}/action-items/{number}/completion", "{\"note\": \"已清理\"}")
                .fixture("POST /api/joint-meetings/{id}/action-items/{number}/completion", () -> Map.of("id", held.get(), "number", "1"))
                .validBody("POST /api/district-referrals", """
                        {"kind": "LEGACY", "street": "%s", "description": "自行车棚产权不清"}""".formatted(street))
                .validBody("POST /api/district-referrals/{id}/settlement", """
                        {"how": "区政府协调解决", "settledOn": "%s"}""".formatted(today()))
                .fixture("POST /api/district-referrals/{id}/settlement", () -> Map.of("id", as("admin").post(
                        "/api/district-referrals", "{\"kind\": \"MAJOR\", \"street\": \"%s\", \"description\": \"d\"}"
                                .formatted(street)).id()));
    }
}
