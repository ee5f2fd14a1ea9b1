package org.estatecare.registry.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.bson.Document;
import org.estatecare.events.EventJson;
import org.estatecare.events.estates.EstateEvents;
import org.estatecare.events.estates.EstateExited;
import org.estatecare.events.estates.ManagementModeChanged;
import org.estatecare.kit.metrics.BusinessGauges;
import org.estatecare.testing.EventTap.Received;
import org.estatecare.registry.estate.Estate;
import org.estatecare.registry.estate.Estates;
import org.estatecare.registry.territory.Community;
import org.estatecare.registry.territory.Street;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;

/**
 * Decisions dated ahead over HTTP: recorded and announced when made, in force from their day, in the
 * estate, its lists, the statistics and the gauge. Each test works in a street of its own, so counts are
 * exact.
 */
class EffectiveDatesIT extends RegistryIntegrationTest {

    @Autowired
    BusinessGauges gauges;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    Estates estates;

    @Test
    @DisplayName("R-EXIT-2: a future exit is announced at once with its date; the estate stays INCLUDED until the day, EXITED from it")
    void futureExitTakesEffectOnItsDay() {
        String street = newStreet();
        String id = includedEstate(street);
        LocalDate exitDay = today().plusDays(60);
        Api admin = as("admin");

        JsonNode estate = decide(id, "/exit",
                "{\"reason\": \"DEMOLITION\", \"effectiveDate\": \"" + exitDay + "\", \"documents\": [\"拆迁公告\"]}");

        assertThat(estate.path("status").path("code").asString()).isEqualTo("INCLUDED");
        assertThat(estate.path("exit").path("effectiveDate").asString()).isEqualTo(exitDay.toString());
        assertThat(scheduled(estate)).containsExactly("EXIT " + exitDay + " DEMOLITION");
        // announced now, while the clock still stands on the decision day
        Received exited = awaitEvent(id, EstateEvents.EXITED.type());
        assertThat(EventJson.read(exited.payload(), EstateExited.class).effectiveDate()).isEqualTo(exitDay);
        JsonNode history = admin.get("/api/estates/" + id + "/history").json().path("content");
        JsonNode last = history.get(history.size() - 1);
        assertThat(last.path("action").asString()).isEqualTo("exited");
        assertThat(last.path("effectiveOn").asString()).isEqualTo(exitDay.toString());

        travelTo(exitDay.minusDays(1));
        assertThat(statusOf(id)).isEqualTo("INCLUDED");
        assertThat(listed(street, "status=INCLUDED")).containsExactly(id);
        assertThat(listed(street, "status=EXITED")).isEmpty();
        assertThat(counts(street)).containsExactly("INCLUDED=1");

        travelTo(exitDay);
        assertThat(statusOf(id)).isEqualTo("EXITED");
        assertThat(admin.get("/api/estates/" + id).json().path("scheduled")).isEmpty();
        assertThat(listed(street, "status=EXITED")).containsExactly(id);
        assertThat(listed(street, "status=INCLUDED")).isEmpty();
        assertThat(counts(street)).containsExactly("EXITED=1");
        gauges.refresh();
        assertThat(gaugeLine(street)).contains("status=\"EXITED\"").endsWith(" 1.0");
        assertThat(ESTATE_EVENTS.of(id)).extracting(Received::type).as("nothing more is announced on the day")
                .containsOnlyOnce(EstateEvents.EXITED.type());

        travelTo(exitDay.minusDays(1));
        assertThat(listed(street, "status=INCLUDED")).as("lists follow the clock either way").containsExactly(id);
    }

    @Test
    @DisplayName("R-MODE-1: a future management mode is announced at once; the old mode shows and filters until its day")
    void futureModeTakesEffectOnItsDay() {
        String street = newStreet();
        String id = includedEstate(street);
        LocalDate modeDay = today().plusDays(90);
        Api admin = as("admin");

        JsonNode decided = decide(id, "/management-mode",
                "{\"mode\": \"RESIDENT_SELF_GOVERNANCE\", \"effectiveFrom\": \"" + modeDay + "\"}");

        assertThat(decided.path("managementMode").path("code").asString()).isEqualTo("SERVICE_COMPANY");
        assertThat(scheduled(decided)).containsExactly("MANAGEMENT_MODE " + modeDay + " RESIDENT_SELF_GOVERNANCE");
        Received changed = awaitEvent(id, EstateEvents.MANAGEMENT_MODE_CHANGED.type());
        assertThat(EventJson.read(changed.payload(), ManagementModeChanged.class).effectiveFrom()).isEqualTo(modeDay);
        assertThat(listed(street, "mode=SERVICE_COMPANY")).containsExactly(id);
        assertThat(listed(street, "mode=RESIDENT_SELF_GOVERNANCE")).isEmpty();

        travelTo(modeDay);
        assertThat(admin.get("/api/estates/" + id).json().path("managementMode").path("code").asString())
                .isEqualTo("RESIDENT_SELF_GOVERNANCE");
        assertThat(listed(street, "mode=RESIDENT_SELF_GOVERNANCE")).containsExactly(id);
        assertThat(listed(street, "mode=SERVICE_COMPANY")).isEmpty();
    }

    @Test
    @DisplayName("R-EXIT-2: an estate stored before effective dates, its future exit already marked EXITED, is shown INCLUDED at once and listed INCLUDED after the catch-up")
    void estatesStoredBeforeEffectiveDatesAreBroughtUpToToday() {
        String street = newStreet();
        String id = includedEstate(street);
        decide(id, "/exit", "{\"reason\": \"DEMOLITION\", \"effectiveDate\": \"" + today().plusDays(30) + "\"}");
        awaitEvent(id, EstateEvents.EXITED.type()); // the relay is done with the document
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
                new Update().unset("asOf").unset("nextChangeOn").set("status", "EXITED"), "estate");

        assertThat(statusOf(id)).as("a single view is today's whatever is stored").isEqualTo("INCLUDED");
        // what the job runs, and the first list or count of each day (and so the first after a start)
        assertThat(estates.bringUpToToday()).isPositive();
        assertThat(listed(street, "status=INCLUDED")).containsExactly(id);
        assertThat(mongo.findById(id, org.bson.Document.class, "estate").getString("status")).isEqualTo("INCLUDED");
    }

    @Test
    @DisplayName("R-MODE-1, R-EXIT-2: a mode from 1 January and an exit on 2028-02-29, decided a year ahead, filter and count right on each day")
    void yearEndAndLeapDay() {
        travelTo(LocalDate.of(2027, 3, 1));
        String street = newStreet();
        String id = includedEstate(street);
        LocalDate newYear = LocalDate.of(2028, 1, 1);
        LocalDate leapDay = LocalDate.of(2028, 2, 29);

        decide(id, "/management-mode", "{\"mode\": \"OWNER_SELF_MANAGEMENT\", \"effectiveFrom\": \"" + newYear + "\"}");
        JsonNode decided = decide(id, "/exit", "{\"reason\": \"OWNER_SELF_MANAGEMENT\", \"effectiveDate\": \"" + leapDay + "\"}");
        assertThat(scheduled(decided)).containsExactly("MANAGEMENT_MODE " + newYear + " OWNER_SELF_MANAGEMENT",
                "EXIT " + leapDay + " OWNER_SELF_MANAGEMENT");

        travelTo(LocalDate.of(2027, 12, 31));
        assertThat(listed(street, "mode=SERVICE_COMPANY")).containsExactly(id);
        assertThat(listed(street, "mode=OWNER_SELF_MANAGEMENT")).isEmpty();
        travelTo(newYear);
        assertThat(listed(street, "mode=OWNER_SELF_MANAGEMENT")).containsExactly(id);
        assertThat(listed(street, "mode=SERVICE_COMPANY")).isEmpty();
        travelTo(LocalDate.of(2028, 2, 28));
        assertThat(listed(street, "status=INCLUDED")).containsExactly(id);
        assertThat(counts(street)).containsExactly("INCLUDED=1");
        travelTo(leapDay);
        assertThat(listed(street, "status=EXITED")).containsExactly(id);
        assertThat(listed(street, "status=INCLUDED")).isEmpty();
        assertThat(counts(street)).containsExactly("EXITED=1");
        assertThat(statusOf(id)).isEqualTo("EXITED");
    }

    @Test
    @DisplayName("R-EXIT-1: an exit a year and a day ahead, or on 2100-12-31, is refused as too far ahead; a resident or a company may not decide one")
    void exitsTooFarAheadOrFromTheWrongRole() {
        String street = newStreet();
        String id = includedEstate(street);

        for (LocalDate day : List.of(today().plusYears(1).plusDays(1), LocalDate.of(2100, 12, 31))) {
            Api.Response refused = as("admin").post("/api/estates/" + id + "/exit",
                    "{\"reason\": \"DEMOLITION\", \"effectiveDate\": \"" + day + "\"}");
            assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
            assertThat(refused.json().path("violations").get(0).path("condition").asString()).isEqualTo("too-far-ahead");
        }
        Map<String, Map<String, String>> wrongRoles = Map.of(
                "resident", Map.of("street", street, "community", street + "-a"),
                "service-company", Map.of("company_id", "anju"));
        wrongRoles.forEach((role, scope) -> {
            Api.Response forbidden = withToken(tokens().token("wrong-" + role, List.of(role), scope))
                    .post("/api/estates/" + id + "/exit", "{\"reason\": \"DEMOLITION\", \"effectiveDate\": \"" + today() + "\"}");
            assertThat(forbidden.status()).as(role + " " + forbidden).isEqualTo(403);
            assertThat(forbidden.header("Content-Type")).startsWith("application/problem+json");
        });
        assertThat(statusOf(id)).isEqualTo("INCLUDED");
        assertThat(as("admin").get("/api/estates/" + id).json().path("scheduled")).isEmpty();
    }

    /** Posts a decision as the district; it must be accepted. The estate as answered. */
    JsonNode decide(String id, String command, String body) {
        Api.Response decided = as("admin").post("/api/estates/" + id + command, body);
        assertThat(decided.status()).as(command + " " + body + " → " + decided).isEqualTo(200);
        return decided.json();
    }

    /** The estate's scheduled decisions as "KIND effectiveOn CHANGE", in the order shown. */
    static List<String> scheduled(JsonNode estate) {
        return StreamSupport.stream(estate.path("scheduled").spliterator(), false)
                .map(s -> s.path("kind").path("code").asString() + " " + s.path("effectiveOn").asString() + " "
                        + s.path("change").path("code").asString())
                .toList();
    }

    /** A street of its own with one community; its code is returned. */
    String newStreet() {
        String code = "eff-" + UUID.randomUUID().toString().substring(0, 8);
        streets.add(new Street(code, "测试街道", List.of(new Community(code + "-a", "测试社区"))));
        return code;
    }

    /** Registered, taken over, filed and included (2026-02-01, service company) in {@code street}. */
    String includedEstate(String street) {
        Api admin = as("admin");
        String id = admin.post("/api/estates", estateJson(uniqueName("dated"), street, street + "-a", ELIGIBLE)).id();
        admin.post("/api/estates/" + id + "/takeover-acceptance", takeover("2026-01-10"));
        admin.post("/api/estates/" + id + "/filing", "{\"filedOn\": \"2026-01-20\"}");
        Api.Response included = admin.post("/api/estates/" + id + "/inclusion",
                "{\"includedOn\": \"2026-02-01\", \"managementMode\": \"SERVICE_COMPANY\"}");
        assertThat(included.status()).as(included.toString()).isEqualTo(200);
        return id;
    }

    String statusOf(String id) {
        return as("admin").get("/api/estates/" + id).json().path("status").path("code").asString();
    }

    List<String> listed(String street, String filter) {
        Api.Response page = as("admin").get("/api/estates?street=" + street + "&" + filter);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return StreamSupport.stream(page.json().path("content").spliterator(), false).map(e -> e.path("id").asString()).toList();
    }

    List<String> counts(String street) {
        return StreamSupport.stream(as("admin").get("/api/estates/statistics/by-street-and-status").json().spliterator(), false)
                .filter(row -> row.path("street").asString().equals(street))
                .map(row -> row.path("status").asString() + "=" + row.path("count").asLong()).toList();
    }

    String gaugeLine(String street) {
        return actuators().get("/actuator/prometheus").body().lines()
                .filter(line -> line.startsWith("estatecare_estates{") && line.contains("street=\"" + street + "\""))
                .findFirst().orElse("");
    }

    static Received awaitEvent(String id, String type) {
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> ESTATE_EVENTS.of(id).stream().filter(r -> type.equals(r.type())).findFirst().orElse(null),
                received -> received != null);
    }

    @Test
    @DisplayName("R-MODE-1: the catch-up of the day moves an estate whose events were being marked sent at the same moment")
    void theCatchUpOutlastsTheRelay() {
        String street = newStreet();
        String id = includedEstate(street);
        LocalDate modeDay = today().plusDays(30);
        decide(id, "/management-mode", "{\"mode\": \"OWNER_SELF_MANAGEMENT\", \"effectiveFrom\": \"" + modeDay + "\"}");
        travelTo(modeDay);

        // between the catch-up's read and its write, the outbox relay marks the estate's events sent (a new version)
        MongoTemplate racing = new MongoTemplate(mongo.getMongoDatabaseFactory(), mongo.getConverter()) {
            private boolean raced;

            @Override
            public <T> T save(T object) {
                if (!raced && object instanceof Estate) {
                    raced = true;
                    getCollection("estate").updateOne(new Document("_id", id), new Document("$inc", new Document("version", 1)));
                }
                return super.save(object);
            }
        };
        new Estates(racing, CLOCK).bringUpToToday();

        Document stored = mongo.getCollection("estate").find(new Document("_id", id)).first();
        assertThat(stored.getString("managementMode")).isEqualTo("OWNER_SELF_MANAGEMENT");
    }
}
