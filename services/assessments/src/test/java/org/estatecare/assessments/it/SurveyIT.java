package org.estatecare.assessments.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.estatecare.assessments.it.SurveyJson.households;
import static org.estatecare.assessments.it.SurveyJson.opening;
import static org.estatecare.assessments.it.SurveyJson.paper;
import static org.estatecare.assessments.it.SurveyJson.withCode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.bson.Document;
import org.estatecare.assessments.scoring.AssessmentPeriod;
import org.estatecare.assessments.survey.Surveys;
import org.estatecare.events.assessments.AssessmentEvents;
import org.estatecare.events.ids.EstateId;
import org.estatecare.testing.EventTap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Satisfaction surveys over real HTTP, with the estate and its company announced on estates.v1 and agreements.v1
 * through the real broker, and the closed survey announced on assessments.v1: codes, residents' answers without an
 * account, paper forms, closing, and what is kept and shown of households, codes and answers.
 */
class SurveyIT extends AssessmentsIntegrationTest {

    static final EventTap EVENTS = EventTap.on(INFRA.kafka().bootstrapServers(), AssessmentEvents.TOPIC, 3);
    static final LocalDate INCLUDED = LocalDate.of(2025, 1, 1);
    static final String PERIOD = "2026-Q3";

    @Autowired
    MongoTemplate mongo;
    @Autowired
    Surveys surveys;

    final String street = unique("s");
    final String community = street + "-c1";
    final String company = unique("company");
    String estate;

    @BeforeEach
    void anEstateInTheSchemeServedByACompany() {
        estate = includedEstate(street, community, INCLUDED);
        servedBy(estate, company, INCLUDED, LocalDate.of(2030, 12, 31));
    }

    Api scoped(String role, Map<String, String> claims) {
        return new Api("http://127.0.0.1:" + port, tokens().token(role + "-" + UUID.randomUUID(), List.of(role), claims), Map.of());
    }

    Api streetOffice() {
        return scoped("street-officer", Map.of("street", street));
    }

    Api.Response open() {
        Api.Response opened = streetOffice().post("/api/surveys", opening(estate, PERIOD));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        return opened;
    }

    /** Issues codes to the households as the street office, and answers them in the order given. */
    List<String> codes(String survey, String... references) {
        String etag = streetOffice().get("/api/surveys/" + survey).header("ETag");
        Api.Response issued = streetOffice().header("If-Match", etag).post("/api/surveys/" + survey + "/codes", households(references));
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        return issued.json().path("codes").valueStream().map(code -> code.path("code").asString()).toList();
    }

    Api.Response answer(String code, int services, int overall) {
        return anonymous().post("/api/survey-answers", withCode(code, services, overall));
    }

    @Test
    @DisplayName("R-ASM-4: codes are printed once, residents answer with them without an account, each code once, each household once")
    void residentsAnswerWithTheirCodes() {
        String survey = open().id();

        Api.Response issued = streetOffice().header("If-Match", "\"1\"").post("/api/surveys/" + survey + "/codes",
                households("3-2-501", "3-2-502", "3-2-503"));
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        assertThat(issued.header("Cache-Control")).contains("no-store");
        JsonNode printed = issued.json().path("codes");
        assertThat(printed.valueStream().map(c -> c.path("household").asString())).containsExactly("3-2-501", "3-2-502", "3-2-503");
        assertThat(printed.valueStream().map(c -> c.path("code").asString()))
                .allMatch(code -> code.matches("[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}")).doesNotHaveDuplicates();
        String first = printed.get(0).path("code").asString();
        String second = printed.get(1).path("code").asString();
        String third = printed.get(2).path("code").asString();

        assertThat(answer(first, 5, 5).status()).isEqualTo(204);
        assertThat(answer(second.toLowerCase().replace("-", " "), 4, 4).status()).as("as a resident may type it").isEqualTo(204);
        Api.Response again = answer(first, 1, 1);
        assertThat(again.status()).as(again.body()).isEqualTo(409);

        // the third household hands in a paper form instead: its code is then refused, as is a second form
        Api.Response onPaper = streetOffice().post("/api/surveys/" + survey + "/answers", paper("3-2-503", 2, 3));
        assertThat(onPaper.status()).as(onPaper.body()).isEqualTo(200);
        assertThat(answer(third, 5, 5).status()).isEqualTo(409);
        assertThat(streetOffice().post("/api/surveys/" + survey + "/answers", paper("3-2-503", 5, 5)).status()).isEqualTo(409);
        assertThat(streetOffice().post("/api/surveys/" + survey + "/answers", paper("3-2-501", 5, 5)).status()).isEqualTo(409);

        JsonNode read = streetOffice().get("/api/surveys/" + survey).json();
        assertThat(read.path("answers").asInt()).isEqualTo(3);
        assertThat(read.path("answersByCode").asInt()).isEqualTo(2);
        assertThat(read.path("answersOnPaper").asInt()).isEqualTo(1);
        assertThat(read.path("codesIssued").asInt()).isEqualTo(3);
        assertThat(read.has("result")).as("no result while open").isFalse();
    }

    @Test
    @DisplayName("R-ASM-4: an unknown code is not found, said the same way whatever was typed; a replaced code is unknown")
    void unknownCodesTellNothing() {
        String survey = open().id();
        String lost = codes(survey, "3-2-501").get(0);
        String replacement = codes(survey, "3-2-501").get(0);

        Api.Response replaced = answer(lost, 5, 5);
        Api.Response guessed = answer("AAAA-BBBB-CCCC", 5, 5);
        Api.Response another = answer("ZZZZ-YYYY-XXXX", 5, 5);

        for (Api.Response unknown : List.of(replaced, guessed, another)) {
            assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
            assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
            assertThat(unknown.json().path("detail").asString()).isEqualTo(guessed.json().path("detail").asString());
            assertThat(unknown.body()).doesNotContain("AAAA");
        }
        assertThat(answer(replacement, 5, 5).status()).isEqualTo(204);
        assertThat(answer("AAAA-BBBB-CCC0", 5, 5).status()).as("no code at all").isEqualTo(400);
    }

    @Test
    @DisplayName("R-ASM-4: households and codes are stored only as keyed hashes and answers only as counts; no replay copy is kept")
    void storedOnlyHashed() {
        String survey = open().id();
        String code = codes(survey, "7-1-1201").get(0);
        answer(code, 5, 4);
        streetOffice().post("/api/surveys/" + survey + "/answers", paper("7-1-1202", 1, 2));

        String stored = mongo.getCollection("survey").find(new Document("_id", survey)).first().toJson();
        assertThat(stored).doesNotContain("7-1-1201").doesNotContain("7-1-1202").doesNotContain(code)
                .doesNotContain(code.replace("-", ""));
        assertThat(stored).contains("codes").contains("answered").contains("tally");

        Api.Response replayable = streetOffice().header("If-Match", "*").header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/surveys/" + survey + "/codes", households("7-1-1203"));
        assertThat(replayable.status()).as(replayable.body()).isEqualTo(400);
        assertThat(anonymous().header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/survey-answers", withCode("AAAA-BBBB-CCCC", 5, 5)).status()).isEqualTo(400);
        assertThat(mongo.getCollection("idempotency_keys").find().into(new java.util.ArrayList<>()).toString())
                .doesNotContain("7-1-1203");
        assertThat(streetOffice().get("/api/surveys/" + survey).json().path("codesIssued").asInt()).isEqualTo(1);
    }

    @Test
    @DisplayName("R-ASM-4: closing fixes the shares, judges the sample by the scheme and announces the survey on assessments.v1")
    void closingAnnouncesTheResult() {
        Api.Response opened = open();
        String survey = opened.id();
        assertThat(streetOffice().post("/api/surveys", opening(estate, PERIOD)).status()).as("one per estate and period").isEqualTo(409);
        List<String> codes = codes(survey, "1-1-101", "1-1-102");
        answer(codes.get(0), 5, 5);
        answer(codes.get(1), 3, 3);
        streetOffice().post("/api/surveys/" + survey + "/answers", paper("1-1-103", 4, 4));
        assertThat(scoped("service-company", Map.of("company_id", company)).get("/api/surveys/" + survey).status())
                .as("a company sees results, not surveys under way").isEqualTo(404);

        assertThat(streetOffice().post("/api/surveys/" + survey + "/closing", null).status()).isEqualTo(428);
        assertThat(streetOffice().header("If-Match", "\"1\"").post("/api/surveys/" + survey + "/closing", null).status()).isEqualTo(412);
        String etag = streetOffice().get("/api/surveys/" + survey).header("ETag");
        Api.Response closed = streetOffice().header("If-Match", etag).post("/api/surveys/" + survey + "/closing", null);

        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        JsonNode result = closed.json().path("result");
        assertThat(closed.json().path("status").path("code").asString()).isEqualTo("CLOSED");
        assertThat(result.path("satisfiedShare").decimalValue()).isEqualByComparingTo("0.6667");
        assertThat(result.path("services").valueStream().map(s -> s.path("satisfiedShare").decimalValue().toPlainString()))
                .containsOnly("0.6667");
        assertThat(result.path("scheme").asString()).isEqualTo("district");
        assertThat(result.path("requiredAnswers").asInt()).as("the district default's sample of 480 households")
                .isPositive().isLessThanOrEqualTo(480);
        assertThat(result.path("sufficientSample").asBoolean()).as("3 of 480 households").isFalse();

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !EVENTS.of(estate).isEmpty());
        EventTap.Received event = EVENTS.of(estate).get(0);
        assertThat(event.type()).isEqualTo("assessments.survey.closed");
        assertThat(event.subject()).isEqualTo(survey);
        JsonNode payload = Api.JSON.readTree(event.payload());
        assertThat(payload.path("estateId").asString()).isEqualTo(estate);
        assertThat(payload.path("street").asString()).isEqualTo(street);
        assertThat(payload.path("companyId").asString()).isEqualTo(company);
        assertThat(payload.path("period").asString()).isEqualTo(PERIOD);
        assertThat(payload.path("households").asInt()).isEqualTo(480);
        assertThat(payload.path("answers").asInt()).isEqualTo(3);
        assertThat(payload.path("sufficientSample").asBoolean()).isFalse();
        assertThat(payload.path("satisfiedShare").decimalValue()).isEqualByComparingTo("0.6667");
        assertThat(payload.path("services")).hasSize(4);

        // after closing: no more answers; the result is the period's evidence and a company's and residents' to read
        assertThat(streetOffice().post("/api/surveys/" + survey + "/answers", paper("1-1-104", 5, 5)).status()).isEqualTo(409);
        assertThat(surveys.closed(new EstateId(estate), AssessmentPeriod.parse(PERIOD))).hasValueSatisfying(evidence -> {
            assertThat(evidence.surveyId()).isEqualTo(survey);
            assertThat(evidence.answers()).isEqualTo(3);
            assertThat(evidence.satisfiedShare()).isEqualByComparingTo("0.6667");
        });
        assertThat(scoped("service-company", Map.of("company_id", company)).get("/api/surveys/" + survey).status()).isEqualTo(200);
        assertThat(scoped("resident", Map.of("street", street, "community", community)).get("/api/surveys/" + survey).status())
                .isEqualTo(200);
        assertThat(scoped("resident", Map.of("community", "elsewhere")).get("/api/surveys/" + survey).status()).isEqualTo(404);
    }

    @Test
    @DisplayName("R-ASM-4: the street office of the estate's street runs its survey; an estate unknown or a period not begun is refused")
    void whoOpensWhat() {
        assertThat(scoped("street-officer", Map.of("street", "elsewhere")).post("/api/surveys", opening(estate, PERIOD)).status())
                .isEqualTo(403);
        assertThat(as("admin").post("/api/surveys", opening(estate, PERIOD)).status()).isEqualTo(403);
        Api.Response unknown = streetOffice().post("/api/surveys", opening("e-never-announced", PERIOD));
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(422);
        assertThat(unknown.json().path("violations").get(0).path("condition").asString()).isEqualTo("unknown-estate");
        Api.Response early = streetOffice().header("Accept-Language", "en").post("/api/surveys",
                opening(estate, AssessmentPeriod.of(java.time.YearMonth.from(today().plusMonths(1))).toString()));
        assertThat(early.status()).as(early.body()).isEqualTo(422);
        assertThat(early.json().path("violations").get(0).path("message").asString()).contains("once its period has begun");
        assertThat(streetOffice().post("/api/surveys", opening(estate, "2026-13")).status()).isEqualTo(400);
        assertThat(anonymous().get("/api/surveys").status()).isEqualTo(401);
    }

    @Test
    @DisplayName("R-ASM-4: surveys are listed within the caller's scope, filtered by estate, street, period and status")
    void listed() {
        String survey = open().id();
        Api.Response other = scoped("street-officer", Map.of("street", "elsewhere")).get("/api/surveys?estateId=" + estate);

        assertThat(other.json().path("page").path("totalElements").asLong()).isZero();
        JsonNode found = streetOffice().get("/api/surveys?estateId=" + estate + "&street=" + street + "&period=" + PERIOD
                + "&status=OPEN&sort=openedAt,desc").json();
        assertThat(found.path("content").valueStream().map(s -> s.path("id").asString())).containsExactly(survey);
        assertThat(streetOffice().get("/api/surveys?estateId=" + estate + "&status=CLOSED").json().path("page")
                .path("totalElements").asLong()).isZero();
        assertThat(streetOffice().get("/api/surveys?sort=codes,asc").status()).isEqualTo(400);
        assertThat(streetOffice().get("/api/surveys?period=2026-Q5").status()).isEqualTo(400);
    }
}
