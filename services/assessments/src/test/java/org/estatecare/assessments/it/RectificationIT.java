package org.estatecare.assessments.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.bson.Document;
import org.estatecare.assessments.evidence.WorkingDays;
import org.estatecare.assessments.inspection.Inspection;
import org.estatecare.assessments.rectification.RectificationOrder;
import org.estatecare.assessments.rectification.RectificationTriggers;
import org.estatecare.events.assessments.AssessmentEvents;
import org.estatecare.kit.time.WorkingDayCalendar;
import org.estatecare.testing.EventTap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;

/**
 * Rectification orders and re-inspections (R-ASM-3) over HTTP and the broker: what inspections find and failing
 * grades open orders for the company; it answers, the inspector verifies; unanswered orders escalate; a re-inspection
 * revises a poor grade.
 */
class RectificationIT extends AssessmentsIntegrationTest {

    static final EventTap EVENTS = EventTap.on(INFRA.kafka().bootstrapServers(), AssessmentEvents.TOPIC, 3);

    /** Every item failed: a quarter scored on these is graded 不合格. */
    static final String FAILED_CHECKLISTS = """
            [{"service": "CLEANING", "items": [{"item": "楼道清扫", "passed": false}, {"item": "绿地保洁", "passed": false}]},
             {"service": "GATE_DUTY", "items": [{"item": "门岗在岗", "passed": false}]}]""";

    final String street = unique("s");
    final String community = street + "-c";
    final String company = unique("co");

    @Autowired
    MongoTemplate mongo;
    @Autowired
    RectificationTriggers triggers;
    @Autowired
    WorkingDays workingDays;

    Api officer() {
        return new Api("http://127.0.0.1:" + port, tokens().token(street + "-officer", List.of("street-officer"),
                Map.of("street", street)), Map.of());
    }

    Api company(String companyId) {
        return new Api("http://127.0.0.1:" + port, tokens().token(companyId + "-user", List.of("service-company"),
                Map.of("company_id", companyId)), Map.of());
    }

    String servedEstate() {
        String estate = includedEstate(street, community, LocalDate.of(2026, 2, 1));
        servedBy(estate, company, LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31));
        return estate;
    }

    JsonNode orders(Api who, String query) {
        Api.Response list = who.get("/api/rectifications?" + query);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return list.json().path("content");
    }

    @Test
    @DisplayName("R-ASM-3: a finding opens an order for the serving company, due in working days; it answers, the inspector closes it")
    void findingAnsweredVerifiedClosed() {
        String estate = servedEstate();
        Api.Response inspection = officer().post("/api/inspections", InspectionJson.recording(estate, "STREET_MONTHLY", today()));
        assertThat(inspection.status()).as(inspection.body()).isEqualTo(201);

        JsonNode order = orders(officer(), "source=" + inspection.id()).get(0);
        WorkingDayCalendar calendar = workingDays.calendar();
        LocalDate due = LocalDate.parse(order.path("dueOn").asString());
        assertThat(due).isEqualTo(calendar.addWorkingDays(today(), 5));
        assertThat(calendar.isWorkingDay(due)).isTrue();
        assertThat(order.path("companyId").asString()).isEqualTo(company);
        assertThat(order.path("findingKind").path("code").asString()).isEqualTo("LITTER");
        assertThat(order.path("status").path("code").asString()).isEqualTo("OPEN");
        String id = order.path("id").asString();

        // the company answers, not the street office; another company does not see it
        String answer = "{\"text\": \"已清理并加派保洁\", \"photos\": [\"https://photos.example/after.jpg\"]}";
        assertThat(officer().post("/api/rectifications/" + id + "/answers", answer).status()).isEqualTo(403);
        assertThat(company(unique("co")).get("/api/rectifications/" + id).status()).isEqualTo(404);
        assertThat(company(company).post("/api/rectifications/" + id + "/verification", "{\"accepted\": true}").status())
                .isEqualTo(403);
        Api.Response answered = company(company).post("/api/rectifications/" + id + "/answers", answer);
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(company(company).post("/api/rectifications/" + id + "/answers", answer).status()).isEqualTo(409);

        Api.Response sentBack = officer().post("/api/rectifications/" + id + "/verification", "{\"accepted\": false}");
        assertThat(sentBack.status()).as("not accepted without a reason").isEqualTo(422);
        Api.Response closed = officer().post("/api/rectifications/" + id + "/verification", "{\"accepted\": true}");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().path("status").path("code").asString()).isEqualTo("CLOSED");
        assertThat(closed.json().path("closedLate").asBoolean()).isFalse();

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> EVENTS.of(estate).size() >= 3);
        List<EventTap.Received> orders = EVENTS.of(estate).stream().filter(e -> e.type().startsWith("assessments.rectification.")).toList();
        assertThat(orders).extracting(EventTap.Received::type)
                .containsExactly("assessments.rectification.opened", "assessments.rectification.closed");
        assertThat(orders.get(1).payload()).contains("\"overdue\":false").contains(id);
        assertThat(EVENTS.of(estate)).extracting(EventTap.Received::type).as("the inspection that found it, first")
                .startsWith("assessments.inspection.recorded");
        assertThat(as("resident").get("/api/rectifications/" + id).status()).isEqualTo(404);
    }

    @Test
    @DisplayName("R-ASM-3: orders a stop left unopened are opened by the next pass, once; one left unanswered escalates to the street, then the district")
    void recoveredAndEscalated() {
        String estate = servedEstate();
        String inspection = officer().post("/api/inspections", InspectionJson.recording(estate, "STREET_MONTHLY", today())).id();
        assertThat(mongo.findById(inspection, Inspection.class).rectificationPending()).isFalse();

        // as if the service stopped between storing the inspection and opening its orders
        mongo.remove(Query.query(Criteria.where("sourceId").is(inspection)), RectificationOrder.class);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(inspection)), Update.update("rectificationPending", true),
                Inspection.class);
        triggers.pass();
        triggers.pass();
        JsonNode reopened = orders(officer(), "source=" + inspection);
        assertThat(reopened).hasSize(1);
        assertThat(mongo.findById(inspection, Inspection.class).rectificationPending()).isFalse();

        String id = reopened.get(0).path("id").asString();
        LocalDate due = LocalDate.parse(reopened.get(0).path("dueOn").asString());
        travelTo(due.plusDays(1));
        triggers.pass();
        assertThat(officer().get("/api/rectifications/" + id).json().path("escalation").path("code").asString()).isEqualTo("STREET");
        assertThat(officer().get("/api/rectifications/" + id).json().path("overdue").asBoolean()).isTrue();
        Object stored = storedVersion(id);
        triggers.pass();
        assertThat(storedVersion(id)).as("a pass with no step to take writes nothing").isEqualTo(stored);

        travelTo(workingDays.calendar().addWorkingDays(due, 5));
        triggers.pass();
        assertThat(orders(as("admin"), "escalation=DISTRICT&estateId=" + estate)).extracting(o -> o.path("id").asString())
                .containsExactly(id);
    }

    @Test
    @DisplayName("R-ASM-3: a failing grade opens an order; the street asks for a re-inspection, the district performs it and the grade is revised")
    void failingGradeReInspectedAndRevised() {
        String estate = servedEstate();
        Api.Response failed = officer().post("/api/inspections", """
                {"estateId": "%s", "level": "STREET_MONTHLY", "inspectedOn": "2026-08-12", "checklists": %s,
                 "findings": [%s]}""".formatted(estate, FAILED_CHECKLISTS, InspectionJson.FIRE_LANE));
        assertThat(failed.status()).as(failed.body()).isEqualTo(201);
        Api.Response computed = officer().post("/api/assessments/computation",
                "{\"estateId\": \"%s\", \"period\": \"2026-Q3\"}".formatted(estate));
        String assessment = computed.json().path("assessments").get(0).path("id").asString();
        assertThat(officer().post("/api/assessments/" + assessment + "/confirmation", null).status()).isEqualTo(200);
        Api.Response published = officer().post("/api/assessments/" + assessment + "/publication", null);
        assertThat(published.json().path("grade").path("code").asString()).as(published.body()).isEqualTo("FAIL");
        assertThat(orders(officer(), "cause=FAILING_GRADE&source=" + assessment)).hasSize(1);

        String request = "{\"assessmentId\": \"%s\", \"reason\": \"企业对消防通道问题有异议\"}".formatted(assessment);
        assertThat(company(company).post("/api/re-inspections", request).status()).isEqualTo(403);
        Api.Response requested = officer().post("/api/re-inspections", request);
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        assertThat(officer().post("/api/re-inspections", request).status()).as("one open request").isEqualTo(409);
        String id = requested.id();

        String result = """
                {"inspectedOn": "%s", "checklists": %s, "findings": []}""".formatted(today(), InspectionJson.CHECKLISTS);
        assertThat(officer().header("If-Match", "\"1\"").post("/api/re-inspections/" + id + "/result", result).status())
                .isEqualTo(403);
        Api.Response performed = as("admin").header("If-Match", "\"1\"").post("/api/re-inspections/" + id + "/result", result);
        assertThat(performed.status()).as(performed.body()).isEqualTo(200);
        assertThat(performed.json().path("status").path("code").asString()).isEqualTo("PERFORMED");
        assertThat(performed.json().path("level").path("code").asString()).isEqualTo("DISTRICT_SPOT");
        assertThat(performed.json().path("resultRevision").asInt()).isEqualTo(1);
        assertThat(performed.json().path("scoreAfter").decimalValue())
                .isGreaterThan(performed.json().path("scoreBefore").decimalValue());

        JsonNode revisions = officer().get("/api/assessments/" + assessment + "/revisions").json().path("content");
        assertThat(revisions).hasSize(2);
        assertThat(revisions.get(1).path("reason").asString()).isEqualTo("re-inspection " + id);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> EVENTS.of(estate).stream()
                .anyMatch(e -> e.type().equals("assessments.assessment.revised")));
        EventTap.Received revised = EVENTS.of(estate).stream().filter(e -> e.type().equals("assessments.assessment.revised"))
                .findFirst().orElseThrow();
        JsonNode payload = Api.JSON.readTree(revised.payload());
        assertThat(payload.path("revision").asInt()).isEqualTo(1);
        assertThat(payload.path("grade").asString()).isEqualTo(performed.json().path("gradeAfter").path("code").asString());
        assertThat(EVENTS.of(estate)).extracting(EventTap.Received::type).contains("assessments.assessment.published",
                "assessments.rectification.opened");
    }

    /** The order's storage version, which every write moves. */
    Object storedVersion(String id) {
        return mongo.getCollection(mongo.getCollectionName(RectificationOrder.class)).find(new Document("_id", id)).first()
                .get("version");
    }
}
