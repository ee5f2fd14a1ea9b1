package org.estatecare.complaints.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.estatecare.complaints.complaint.Complaint;
import org.estatecare.complaints.complaint.CompanyWithdrawal;
import org.estatecare.complaints.complaint.Escalator;
import org.estatecare.complaints.complaint.StoredShapeUpgrade;
import org.estatecare.events.complaints.ComplaintEvents;
import org.estatecare.events.estates.EstateEvents;
import org.estatecare.events.estates.EstateExited;
import org.estatecare.events.estates.ManagementModeChanged;
import org.estatecare.testing.EventTap;
import org.estatecare.testing.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The policy's dates and deadlines over real HTTP and the real broker: routing as of the filing day, complaints
 * leaving a company that stops serving, hour deadlines over a holiday, the residents' committee told at filing,
 * who may file as whom, anonymity in the history, paging, and inputs refused without a trace.
 */
class ComplaintRulesIT extends ComplaintsServiceIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final EventTap COMPLAINT_EVENTS = EventTap.on(INFRA.kafka().bootstrapServers(), ComplaintEvents.TOPIC, 3);

    @Autowired
    CompanyWithdrawal withdrawal;
    @Autowired
    Escalator escalator;
    @Autowired
    StoredShapeUpgrade storedShapeUpgrade;
    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void tenthOfMarch() {
        CLOCK.set(START);
    }

    static java.time.Instant beijing(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).atZone(Complaint.BUSINESS_ZONE).toInstant();
    }

    TestHttp resident(String who) {
        return as(who, "resident", Map.of("street", "chunhua", "community", "chunhua-xinhua"));
    }

    TestHttp admin() {
        return as("district-admin", "district-admin", Map.of());
    }

    TestHttp streetOfficer() {
        return as("street-chunhua", "street-officer", Map.of("street", "chunhua"));
    }

    TestHttp communityOfficer() {
        return as("rc-xinhua", "community-officer", Map.of("street", "chunhua", "community", "chunhua-xinhua"));
    }

    static String complaint(String estate, String category) {
        return """
                {"estateId": "%s", "category": "%s", "complainantName": "王建华", "complainantPhone": "13812345678",
                 "place": "%s", "description": "描述"}""".formatted(estate, category, UUID.randomUUID());
    }

    static JsonNode json(TestHttp.Response response) {
        return JSON.readTree(response.body());
    }

    String file(TestHttp who, String body) {
        TestHttp.Response response = who.post("/api/complaints", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return json(response).path("id").asString();
    }

    String handlerOf(String id) {
        return json(admin().get("/api/complaints/" + id)).path("handler").path("kind").path("code").asString();
    }

    @Test
    @DisplayName("R-ELIG-2: a complaint is routed by the estate's standing on its filing day; an exit dated later changes nothing before it")
    void routedAsOfTheFilingDay() {
        String estate = estate("chunhua", "chunhua-xinhua", true);
        servedBy(estate, "dated-co");
        announce(estate, 3, EstateEvents.EXITED, new EstateExited(estate, "chunhua", "chunhua-xinhua", "DEMOLITION",
                LocalDate.of(2026, 4, 1)), t -> t.exitFrom() != null);

        String before = file(resident("resident-dated"), complaint(estate, "SERVICE_CLEANING"));
        assertThat(handlerOf(before)).as("still in the scheme, still served on 10 March").isEqualTo("SERVICE_COMPANY");

        CLOCK.set(beijing(2026, 4, 1, 9));
        String after = file(resident("resident-dated"), complaint(estate, "SERVICE_CLEANING"));
        assertThat(handlerOf(after)).as("outside the scheme from 1 April").isEqualTo("STREET_OFFICE");
    }

    @Test
    @DisplayName("R-ELIG-2, R-MODE-1: in the scheme but with no company serving that day, the company step is skipped, not a dead end")
    void noServingCompanySkipsToTheNextHandler() {
        String unserved = estate("chunhua", "chunhua-xinhua", true); // included, no agreement
        assertThat(handlerOf(file(resident("resident-u"), complaint(unserved, "GROUND_LOCK")))).isEqualTo("RESIDENTS_COMMITTEE");
        assertThat(handlerOf(file(resident("resident-u"), complaint(unserved, "SERVICE_PARKING")))).isEqualTo("STREET_OFFICE");

        String selfManaged = estate("chunhua", "chunhua-xinhua", true);
        servedBy(selfManaged, "mode-co");
        announce(selfManaged, 3, EstateEvents.MANAGEMENT_MODE_CHANGED, new ManagementModeChanged(selfManaged, "chunhua",
                "chunhua-xinhua", "OWNER_SELF_MANAGEMENT", LocalDate.of(2026, 3, 1)), t -> t.modes().size() == 2);
        assertThat(handlerOf(file(resident("resident-u"), complaint(selfManaged, "SERVICE_PARKING"))))
                .as("an agreement on paper, but the estate manages itself").isEqualTo("STREET_OFFICE");
    }

    @Test
    @DisplayName("R-PRIN-1: when the company's agreement has ended, its open complaints move to the street office, which then sees and acts on them")
    void orphanedComplaintsMoveToTheStreetOffice() {
        String estate = estate("chunhua", "chunhua-xinhua", true);
        String agreement = servedBy(estate, "leaving-co");
        TestHttp company = as("leaving-staff", "service-company", Map.of("company_id", "leaving-co"));
        String id = file(resident("resident-orphan"), complaint(estate, "SERVICE_CLEANING"));
        assertThat(company.get("/api/complaints/" + id).status()).isEqualTo(200);
        assertThat(streetOfficer().post("/api/complaints/" + id + "/acknowledgement", null).status())
                .as("not the street office's yet").isEqualTo(403);

        agreementEnded(estate, agreement, "leaving-co", LocalDate.of(2026, 3, 9)); // its last day was yesterday

        await().atMost(Duration.ofSeconds(30)).until(() -> handlerOf(id).equals("STREET_OFFICE"));
        assertThat(company.get("/api/complaints/" + id).status()).isEqualTo(404);
        TestHttp.Response seen = streetOfficer().get("/api/complaints/" + id);
        assertThat(seen.status()).isEqualTo(200);
        assertThat(json(seen).path("complainant").path("masked").asBoolean()).as("now its handler").isFalse();
        assertThat(streetOfficer().post("/api/complaints/" + id + "/acknowledgement", null).status()).isEqualTo(200);
        assertThat(streetOfficer().post("/api/complaints/" + id + "/resolution", "{\"reason\": \"已清扫\"}").status()).isEqualTo(200);
        JsonNode history = json(admin().get("/api/complaints/" + id + "/history")).path("content");
        JsonNode moved = StreamSupport.stream(history.spliterator(), false)
                .filter(line -> line.path("action").asString().equals("reassigned")).findFirst().orElseThrow();
        assertThat(moved.path("actor").asString()).isEqualTo("system");
        assertThat(moved.path("note").asString()).contains("no service company");
        await().atMost(Duration.ofSeconds(30)).until(() -> COMPLAINT_EVENTS.of(estate).stream().anyMatch(e -> e.subject().equals(id)
                && e.type().equals(ComplaintEvents.ASSIGNED.type()) && e.payload().contains("STREET_OFFICE")));
        assertThat(withdrawal.pass()).as("nothing left to move").isZero();
    }

    @Test
    @DisplayName("R-EXIT-2, R-PRIN-1: the registry's exit, once effective, moves the company's open complaints to the street office")
    void anEffectiveExitMovesComplaints() {
        String estate = estate("chunhua", "chunhua-xinhua", true);
        servedBy(estate, "exit-co");
        String id = file(resident("resident-exit"), complaint(estate, "SERVICE_PATROL"));

        publish(estate, 3, EstateEvents.EXITED, new EstateExited(estate, "chunhua", "chunhua-xinhua", "DEMOLITION",
                LocalDate.of(2026, 3, 10)));

        await().atMost(Duration.ofSeconds(30)).until(() -> handlerOf(id).equals("STREET_OFFICE"));
        assertThat(streetOfficer().post("/api/complaints/" + id + "/acknowledgement", null).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("R-PRIN-1: one complaint that cannot be moved does not stop the others")
    void oneFailingComplaintDoesNotStopTheMove() {
        String estate = estate("chunhua", "chunhua-xinhua", true);
        String agreement = servedBy(estate, "broken-co");
        String broken = file(resident("resident-broken"), complaint(estate, "SERVICE_GATE_DUTY"));
        String fine = file(resident("resident-broken"), complaint(estate, "SERVICE_PARKING"));
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.findById(broken, org.bson.Document.class, "complaint")
                .getList("outbox", Object.class, java.util.List.of()).isEmpty());
        mongo.updateFirst(Query.query(Criteria.where("_id").is(broken)), new Update().set("chain", java.util.List.of()), "complaint");

        agreementEnded(estate, agreement, "broken-co", LocalDate.of(2026, 3, 9));

        await().atMost(Duration.ofSeconds(30)).until(() -> handlerOf(fine).equals("STREET_OFFICE"));
        assertThat(handlerOf(broken)).isEqualTo("SERVICE_COMPANY");
        assertThat(withdrawal.pass()).as("the pass survives it too").isZero();
    }

    @Test
    @DisplayName("R-PRIN-1: an agreement ending later moves its complaints on the first day without a company, in the daily pass, once")
    void aFutureEndMovesComplaintsOnItsDay() {
        String estate = estate("chunhua", "chunhua-xinhua", true);
        String agreement = servedBy(estate, "later-co");
        String id = file(resident("resident-later"), complaint(estate, "SERVICE_CLEANING"));

        agreementEnded(estate, agreement, "later-co", LocalDate.of(2026, 3, 20));
        withdrawal.pass();
        assertThat(handlerOf(id)).as("the company still serves until the 20th").isEqualTo("SERVICE_COMPANY");

        CLOCK.set(beijing(2026, 3, 20, 23));
        withdrawal.pass();
        assertThat(handlerOf(id)).isEqualTo("SERVICE_COMPANY");

        CLOCK.set(beijing(2026, 3, 21, 0));
        withdrawal.pass();
        assertThat(handlerOf(id)).isEqualTo("STREET_OFFICE");
        withdrawal.pass();
        assertThat(json(admin().get("/api/complaints/" + id + "/history")).path("content")).extracting(h -> h.path("action").asString())
                .containsOnlyOnce("reassigned");
    }

    @Test
    @DisplayName("R-CMP-5: a fire lane reported on National Day is due within hours and escalates during the holiday")
    void fireLaneDeadlineInHoursOverAHoliday() {
        String estate = estate("chunhua", "chunhua-xinhua", true);
        CLOCK.set(beijing(2026, 10, 1, 9));

        JsonNode filed = json(resident("resident-fire").post("/api/complaints", complaint(estate, "BLOCKED_FIRE_LANE")));

        JsonNode handler = filed.path("handler");
        assertThat(handler.path("kind").path("code").asString()).isEqualTo("STREET_OFFICE");
        assertThat(handler.path("acknowledgeDueAt").asString()).isEqualTo("2026-10-01T02:00:00Z");
        assertThat(handler.path("resolveDueAt").asString()).isEqualTo("2026-10-02T01:00:00Z");
        assertThat(handler.path("resolveBy").asString()).as("not 8 October").isEqualTo("2026-10-02");
        String id = filed.path("id").asString();

        CLOCK.set(beijing(2026, 10, 2, 8));
        escalator.escalateOverdue();
        assertThat(json(admin().get("/api/complaints/" + id)).path("overdue").asBoolean()).isFalse();
        CLOCK.set(beijing(2026, 10, 2, 10));
        assertThat(json(admin().get("/api/complaints/" + id)).path("overdue").asBoolean()).isTrue();
        escalator.escalateOverdue();
        JsonNode escalated = json(admin().get("/api/complaints/" + id));
        assertThat(escalated.path("handler").path("department").asString()).isEqualTo("fire-rescue");
        assertThat(escalated.path("handler").path("resolveDueAt").asString()).isEqualTo("2026-10-03T02:00:00Z");
    }

    @Test
    @DisplayName("R-ASM-2: an escalation at a missed deadline gives no fresh clock in the figures; the company's timeliness is its own figure")
    void onTimeFiguresMeasureTheStepThatWasDue() {
        String estate = estate("chunhua", "chunhua-xinhua", true);
        servedBy(estate, "slow-co");
        String late = file(resident("resident-figures"), complaint(estate, "GROUND_LOCK")); // company: by Thu 12 March
        CLOCK.set(beijing(2026, 3, 13, 8));
        escalator.escalateOverdue();
        assertThat(handlerOf(late)).isEqualTo("RESIDENTS_COMMITTEE");
        assertThat(communityOfficer().post("/api/complaints/" + late + "/resolution", "{\"reason\": \"已拆除\"}").status()).isEqualTo(200);

        JsonNode resolved = json(admin().get("/api/complaints/" + late));
        assertThat(resolved.path("resolvedOnTime").asBoolean()).as("the committee was quick, the complaint was late").isFalse();
        assertThat(resolved.path("companyOnTime").asBoolean()).isFalse();
        JsonNode row = StreamSupport.stream(json(admin().get("/api/complaints/statistics?by=ESTATE&from=2026-03-01&to=2026-03-31"))
                .spliterator(), false).filter(r -> r.path("group").asString().equals(estate)).findFirst().orElseThrow();
        assertThat(row.path("onTimeRate").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(row.path("companyOnTimeRate").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(row.path("companyJudged").asLong()).isEqualTo(1);
    }

    @Test
    @DisplayName("R-CMP-2: a violation reported to the company is told to the residents' committee at filing, which reads it at once")
    void theResidentsCommitteeIsInformedAtFiling() {
        String estate = estate("chunhua", "chunhua-xinhua", true);
        servedBy(estate, "inform-co");

        JsonNode filed = json(resident("resident-inform").post("/api/complaints", complaint(estate, "ILLEGAL_BUILDING")));

        assertThat(filed.path("handler").path("kind").path("code").asString()).isEqualTo("SERVICE_COMPANY");
        assertThat(filed.path("informed")).extracting(JsonNode::asString).containsExactly("RESIDENTS_COMMITTEE:chunhua-xinhua");
        String id = filed.path("id").asString();
        TestHttp.Response read = communityOfficer().get("/api/complaints/" + id + "/history");
        assertThat(read.status()).isEqualTo(200);
        assertThat(json(read).path("content")).anySatisfy(line -> {
            assertThat(line.path("action").asString()).isEqualTo("informed");
            assertThat(line.path("recordedAt").asString()).isEqualTo(filed.path("filedAt").asString());
        });
        assertThat(json(communityOfficer().get("/api/complaints?estate=" + estate)).path("content"))
                .extracting(c -> c.path("id").asString()).contains(id);
    }

    @Test
    @DisplayName("An anonymous complaint's history names nobody: not the filer, not on closing")
    void anonymousHistory() {
        String estate = estate("chunhua", "chunhua-xinhua", true);
        TestHttp filer = resident("resident-anon-7");
        String id = file(filer, """
                {"estateId": "%s", "category": "OTHER", "place": "花园", "description": "匿名"}""".formatted(estate));
        assertThat(admin().post("/api/complaints/" + id + "/resolution", "{\"reason\": \"已处理\"}").status()).isEqualTo(200);
        assertThat(filer.post("/api/complaints/" + id + "/closure", "{\"satisfaction\": 4}").status()).isEqualTo(200);

        TestHttp.Response history = admin().get("/api/complaints/" + id + "/history");

        assertThat(history.body()).doesNotContain("resident-anon-7");
        assertThat(json(history).path("content")).extracting(line -> line.path("actor").asString())
                .containsExactly("anonymous", "system", "district-admin", "anonymous");
    }

    @Test
    @DisplayName("R-CMP-1: reporter and channel follow the caller's role; a resident cannot pass as an inspector or a patrol")
    void reporterAndChannelFollowTheRole() {
        String estate = estate("chunhua", "chunhua-xinhua", true);
        TestHttp resident = resident("resident-claims");
        String as = """
                {"estateId": "%s", "category": "OTHER", "place": "%s", "description": "d", "reporterKind": "%s", "channel": "%s"}""";

        TestHttp.Response inspector = resident.post("/api/complaints", as.formatted(estate, "a", "INSPECTOR", "PATROL"));
        assertThat(inspector.status()).isEqualTo(422);
        assertThat(inspector.header("Content-Type")).startsWith("application/problem+json");
        assertThat(json(inspector).path("violations").get(0).path("condition").asString()).isEqualTo("reporter-not-allowed");
        assertThat(resident.post("/api/complaints", as.formatted(estate, "b", "RESIDENT", "PATROL")).status()).isEqualTo(422);
        assertThat(resident.post("/api/complaints", as.formatted(estate, "c", "RESIDENT", "LETTER")).status()).isEqualTo(422);
        assertThat(json(admin().get("/api/complaints?estate=" + estate)).path("page").path("totalElements").asLong())
                .as("nothing stored").isZero();

        JsonNode mine = json(resident.post("/api/complaints", complaint(estate, "OTHER")));
        assertThat(mine.path("reporterKind").path("code").asString()).isEqualTo("RESIDENT");
        assertThat(mine.path("channel").path("code").asString()).isEqualTo("ONLINE");
        JsonNode inspection = json(communityOfficer().post("/api/complaints", complaint(estate, "OTHER")));
        assertThat(inspection.path("reporterKind").path("code").asString()).isEqualTo("RESIDENTS_COMMITTEE");
        assertThat(inspection.path("channel").path("code").asString()).isEqualTo("PATROL");
        JsonNode patrol = json(as("patrol-staff", "service-company", Map.of("company_id", "patrol-co"))
                .post("/api/complaints", complaint(estate, "OTHER")));
        assertThat(patrol.path("reporterKind").path("code").asString()).isEqualTo("SERVICE_COMPANY");
        assertThat(patrol.path("channel").path("code").asString()).isEqualTo("PATROL");

        servedBy(estate, "letter-co");
        JsonNode letter = json(streetOfficer().post("/api/complaints", as.formatted(estate, "d", "RESIDENT", "LETTER")
                .replace("\"OTHER\"", "\"SERVICE_CLEANING\"")));
        assertThat(letter.path("handler").path("kind").path("code").asString()).as("a petition by letter").isEqualTo("STREET_OFFICE");
    }

    @Test
    @DisplayName("/api/complaints is paged like every list: content and page, page/size/sort with an allow-list")
    void complaintsArePaged() {
        String estate = estate("chunhua", "chunhua-xinhua", true);
        TestHttp resident = resident("resident-pages");
        String first = file(resident, complaint(estate, "OTHER"));
        CLOCK.advance(Duration.ofMinutes(1));
        String second = file(resident, complaint(estate, "OTHER"));
        CLOCK.advance(Duration.ofMinutes(1));
        String third = file(resident, complaint(estate, "OTHER"));

        JsonNode page0 = json(admin().get("/api/complaints?estate=" + estate + "&size=2&page=0&sort=filedAt,asc"));
        JsonNode page1 = json(admin().get("/api/complaints?estate=" + estate + "&size=2&page=1&sort=filedAt,asc"));

        assertThat(page0.path("content")).extracting(c -> c.path("id").asString()).containsExactly(first, second);
        assertThat(page1.path("content")).extracting(c -> c.path("id").asString()).containsExactly(third);
        assertThat(page0.path("page").path("totalElements").asLong()).isEqualTo(3);
        assertThat(page0.path("page").path("totalPages").asInt()).isEqualTo(2);
        assertThat(page0.path("page").path("size").asInt()).isEqualTo(2);
        assertThat(json(admin().get("/api/complaints?estate=" + estate)).path("content").get(0).path("id").asString())
                .as("newest first by default").isEqualTo(third);
        for (String bad : new String[] {"sort=description", "sort=filedAt,sideways", "size=0", "size=201", "page=-1", "handler=NOBODY"}) {
            TestHttp.Response refused = admin().get("/api/complaints?" + bad);
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.header("Content-Type")).as(bad).startsWith("application/problem+json");
        }
    }

    @Test
    @DisplayName("Open311: a broken or oversized form and wrong types get 400 problem+json, and nothing is stored")
    void open311RefusesBadForms() {
        String estate = estate("chunhua", "chunhua-xinhua", true);
        TestHttp resident = resident("resident-311").header("Content-Type", "application/x-www-form-urlencoded");
        String valid = "service_code=OTHER&description=d&attribute%5Bestate_id%5D=" + estate;

        for (String bad : new String[] {valid + "&address_string=%zz", valid + "&lat=abc&long=1", valid + "&lat=NaN&long=1",
                valid + "&lat=91&long=1", valid + "&address_string=" + "x".repeat(201),
                "service_code=OTHER&attribute%5Bestate_id%5D=" + estate + "&description=" + "长".repeat(4001),
                valid + "&first_name=" + URLEncoder.encode("名".repeat(26), StandardCharsets.UTF_8),
                "service_code=OTHER&description=d&attribute%5Bestate_id%5D=" + URLEncoder.encode("e 1/..", StandardCharsets.UTF_8)}) {
            TestHttp.Response refused = resident.sendRaw("POST", "/open311/v2/requests.json", bad);
            assertThat(refused.status()).as(bad.length() > 120 ? bad.substring(0, 120) : bad).isEqualTo(400);
            assertThat(refused.header("Content-Type")).as("GeoReport's own errors").startsWith("application/json");
            assertThat(json(refused).get(0).path("code").asInt()).isEqualTo(400);
        }
        assertThat(json(admin().get("/api/complaints?estate=" + estate)).path("page").path("totalElements").asLong()).isZero();
        assertThat(resident.sendRaw("POST", "/open311/v2/requests.json", valid).status()).isEqualTo(200);
        assertThat(resident("resident-311").get("/open311/v2/requests.json?status=pending").status()).isEqualTo(400);
    }

    @Test
    @DisplayName("R-ASM-4: satisfaction is a whole number from 1 to 5; anything else is refused and the complaint stays resolved")
    void satisfactionOutOfRangeIsRefused() {
        String estate = estate("chunhua", "chunhua-xinhua", true);
        TestHttp filer = resident("resident-verdict");
        String id = file(filer, complaint(estate, "OTHER"));
        admin().post("/api/complaints/" + id + "/resolution", "{\"reason\": \"已处理\"}");

        assertThat(filer.post("/api/complaints/" + id + "/closure", "{\"satisfaction\": 0}").status()).isEqualTo(422);
        assertThat(filer.post("/api/complaints/" + id + "/closure", "{\"satisfaction\": 6}").status()).isEqualTo(422);
        TestHttp.Response fraction = filer.post("/api/complaints/" + id + "/closure", "{\"satisfaction\": 4.7}");
        assertThat(fraction.status()).isBetween(400, 422);
        assertThat(fraction.header("Content-Type")).startsWith("application/problem+json");
        assertThat(json(admin().get("/api/complaints/" + id)).path("status").path("code").asString()).isEqualTo("RESOLVED");
    }

    @Test
    @DisplayName("A complaint stored with working-day counts and old history lines reads again after the upgrade, deadlines unchanged")
    void complaintsStoredInTheOldShapeStillRead() {
        String estate = estate("chunhua", "chunhua-xinhua", true);
        JsonNode filed = json(resident("resident-old").post("/api/complaints", complaint(estate, "OTHER")));
        String id = filed.path("id").asString();
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.findById(id, org.bson.Document.class, "complaint")
                .getList("outbox", Object.class, java.util.List.of()).isEmpty());
        org.bson.Document oldStep = new org.bson.Document("kind", "STREET_OFFICE").append("acknowledgeWorkingDays", 1)
                .append("resolveWorkingDays", 10);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().set("chain", java.util.List.of(oldStep))
                .set("assignment.step", oldStep).unset("assignment.resolveDueAt").unset("assignment.acknowledgeDueAt")
                .set("history", java.util.List.of(new org.bson.Document("action", "filed").append("at", new java.util.Date())
                        .append("actor", "filer").append("status", "ASSIGNED").append("note", null))), "complaint");
        assertThat(mongo.exists(Query.query(Criteria.where("_id").is("complaint-deadlines-and-history-shape")), "schema_upgrades"))
                .as("the start found nothing to upgrade and marked it done").isTrue();

        assertThat(storedShapeUpgrade.upgrade()).isZero();

        TestHttp.Response read = admin().get("/api/complaints/" + id);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(json(read).path("handler").path("resolveBy").asString()).isEqualTo(filed.path("handler").path("resolveBy").asString());
        assertThat(json(read).path("handler").path("resolveDueAt").asString()).isEqualTo(filed.path("handler").path("resolveDueAt").asString());
        assertThat(mongo.findById(id, org.bson.Document.class, "complaint").get("assignment", org.bson.Document.class)
                .get("resolveDueAt")).as("stored for the overdue queries").isNotNull();
        JsonNode history = json(admin().get("/api/complaints/" + id + "/history")).path("content");
        assertThat(history.get(0).path("action").asString()).isEqualTo("filed");
        assertThat(history.get(0).path("toStatus").asString()).isEqualTo("ASSIGNED");
        assertThat(history.get(0).path("recordedAt").asString()).isNotBlank();
    }
}
