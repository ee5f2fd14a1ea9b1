package org.estatecare.registry.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.estatecare.events.EventJson;
import org.estatecare.events.estates.EstateEvents;
import org.estatecare.events.estates.EstateExited;
import org.estatecare.events.estates.ManagementModeChanged;
import org.estatecare.kit.metrics.BusinessGauges;
import org.estatecare.local.EventTap.Received;
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

    @Test
    @DisplayName("R-EXIT-2: a future exit is announced at once with its date; the estate stays INCLUDED until the day, EXITED from it")
    void futureExitTakesEffectOnItsDay() {
        String street = newStreet();
        String id = includedEstate(street);
        LocalDate exitDay = today().plusDays(60);
        Api admin = as("admin");

        Api.Response decided = admin.post("/api/estates/" + id + "/exit",
                "{\"reason\": \"DEMOLITION\", \"effectiveDate\": \"" + exitDay + "\", \"documents\": [\"拆迁公告\"]}");

        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        JsonNode estate = decided.json();
        assertThat(estate.path("status").path("code").asString()).isEqualTo("INCLUDED");
        assertThat(estate.path("exit").path("effectiveDate").asString()).isEqualTo(exitDay.toString());
        assertThat(estate.path("scheduled")).hasSize(1);
        assertThat(estate.path("scheduled").get(0).path("kind").path("code").asString()).isEqualTo("EXIT");
        assertThat(estate.path("scheduled").get(0).path("effectiveOn").asString()).isEqualTo(exitDay.toString());
        assertThat(estate.path("scheduled").get(0).path("change").path("code").asString()).isEqualTo("DEMOLITION");
        // announced now, while the clock still stands on the decision day
        Received exited = awaitEvent(id, EstateEvents.EXITED.type());
        assertThat(EventJson.read(exited.payload(), EstateExited.class).effectiveDate()).isEqualTo(exitDay);
        JsonNode history = admin.get("/api/estates/" + id + "/history").json();
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

        Api.Response decided = admin.post("/api/estates/" + id + "/management-mode",
                "{\"mode\": \"RESIDENT_SELF_GOVERNANCE\", \"effectiveFrom\": \"" + modeDay + "\"}");

        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        assertThat(decided.json().path("managementMode").path("code").asString()).isEqualTo("SERVICE_COMPANY");
        assertThat(decided.json().path("scheduled").get(0).path("kind").path("code").asString()).isEqualTo("MANAGEMENT_MODE");
        assertThat(decided.json().path("scheduled").get(0).path("change").path("code").asString())
                .isEqualTo("RESIDENT_SELF_GOVERNANCE");
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
    @DisplayName("R-EXIT-2: an estate stored before effective dates, its future exit already marked EXITED, is shown and listed INCLUDED")
    void estatesStoredBeforeEffectiveDatesAreBroughtUpToToday() {
        String street = newStreet();
        String id = includedEstate(street);
        as("admin").post("/api/estates/" + id + "/exit", "{\"reason\": \"DEMOLITION\", \"effectiveDate\": \""
                + today().plusDays(30) + "\"}");
        awaitEvent(id, EstateEvents.EXITED.type()); // the relay is done with the document
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
                new Update().unset("asOf").unset("nextChangeOn").set("status", "EXITED"), "estate");

        assertThat(listed(street, "status=INCLUDED")).containsExactly(id);
        assertThat(statusOf(id)).isEqualTo("INCLUDED");
        assertThat(mongo.findById(id, org.bson.Document.class, "estate").getString("status")).isEqualTo("INCLUDED");
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
        admin.post("/api/estates/" + id + "/takeover-acceptance", "{\"acceptedOn\": \"2026-01-10\"}");
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
        return anonymous().get("/actuator/prometheus").body().lines()
                .filter(line -> line.startsWith("estatecare_estates{") && line.contains("street=\"" + street + "\""))
                .findFirst().orElse("");
    }

    static Received awaitEvent(String id, String type) {
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> ESTATE_EVENTS.of(id).stream().filter(r -> type.equals(r.type())).findFirst().orElse(null),
                received -> received != null);
    }
}
