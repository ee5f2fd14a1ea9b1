package org.estatecare.registry.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;

import org.estatecare.events.EventJson;
import org.estatecare.events.estates.EstateDetailsChanged;
import org.estatecare.events.estates.EstateEvents;
import org.estatecare.events.estates.EstateExited;
import org.estatecare.testing.EventTap;
import org.estatecare.testing.EventTap.Received;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Include, refuse, exit and change mode over HTTP; the events on estates.v1 that follow. */
class EstateLifecycleIT extends RegistryIntegrationTest {

    @Test
    @DisplayName("R-TAKE-1, R-ELIG-1: register → takeover acceptance → filing → inclusion, events keyed by estate in sequence")
    void estateIsIncludedAndTheEventsFollow() {
        Api admin = as("admin");
        Api.Response registered = admin.post("/api/estates", estateJson("春华里", "chunhua", "chunhua-xinhua", ELIGIBLE));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String id = registered.id();
        assertThat(registered.header("Location")).isEqualTo("/api/estates/" + id);
        assertThat(registered.json().path("status").path("code").asString()).isEqualTo("REGISTERED");

        assertThat(as("inspector").post("/api/estates/" + id + "/takeover-acceptance",
                takeover("2026-01-10", "\"documents\": [\"津民验〔2026〕3号\"]")).status()).isEqualTo(200);
        assertThat(admin.post("/api/estates/" + id + "/filing", "{\"filedOn\": \"2026-01-20\"}").status()).isEqualTo(200);
        Api.Response included = admin.post("/api/estates/" + id + "/inclusion",
                "{\"includedOn\": \"2026-02-01\", \"managementMode\": \"SERVICE_COMPANY\"}");

        assertThat(included.status()).as(included.toString()).isEqualTo(200);
        JsonNode estate = included.json();
        assertThat(estate.path("status").path("code").asString()).isEqualTo("INCLUDED");
        assertThat(estate.path("status").path("label").asString()).isEqualTo("已纳入长效管理");
        assertThat(estate.path("managementMode").path("code").asString()).isEqualTo("SERVICE_COMPANY");
        assertThat(included.header("ETag")).isEqualTo("\"" + estate.path("revision").asLong() + "\"");

        List<Received> events = awaitEvents(id, 2);
        assertThat(events).extracting(Received::type, Received::sequence, Received::subject).containsExactly(
                tuple(EstateEvents.REGISTERED.type(), 1L, id), tuple(EstateEvents.INCLUDED.type(), 2L, id));
        assertThat(events).extracting(Received::partition).as("one estate, one partition").containsOnly(events.get(0).partition());

        JsonNode history = admin.get("/api/estates/" + id + "/history").json().path("content");
        assertThat(history).extracting(h -> h.path("action").asString())
                .containsExactly("registered", "takeover-accepted", "filed", "included");
        JsonNode secondPage = admin.get("/api/estates/" + id + "/history?size=3&page=1").json();
        assertThat(secondPage.path("content")).extracting(h -> h.path("action").asString()).containsExactly("included");
        assertThat(secondPage.path("page").path("totalElements").asInt()).isEqualTo(4);
        assertThat(admin.get("/api/estates/" + id + "/history?sort=recordedAt,desc").status())
                .as("a history is kept in the order recorded").isEqualTo(400);
        assertThat(history.get(1).path("actor").asString()).isEqualTo("inspector");
        assertThat(history.get(1).path("documents").get(0).asString()).isEqualTo("津民验〔2026〕3号");
    }

    @Test
    @DisplayName("R-ELIG-1: inclusion refused with 422 naming each failed condition; nothing changes, no event")
    void inclusionIsRefusedNamingEveryFailedCondition() {
        String id = filedEstate(NOTHING_KNOWN);
        Api admin = as("admin");
        long revisionBefore = admin.get("/api/estates/" + id).json().path("revision").asLong();

        Api.Response refused = admin.post("/api/estates/" + id + "/inclusion",
                "{\"includedOn\": \"2026-02-01\", \"managementMode\": \"SERVICE_COMPANY\"}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = refused.json();
        assertThat(problem.path("type").asString()).isEqualTo("https://estatecare.org/problems/rule-violation");
        assertThat(problem.path("violations")).extracting(v -> v.path("condition").asString())
                .containsExactly("municipal-approval", "accepted-as-qualified", "municipal-subsidy");
        assertThat(problem.path("violations").get(0).path("message").asString()).isEqualTo("改造项目未经市政府批准（缺少批准文号或日期）");

        JsonNode after = admin.get("/api/estates/" + id).json();
        assertThat(after.path("status").path("code").asString()).isEqualTo("FILED");
        assertThat(after.path("revision").asLong()).isEqualTo(revisionBefore);
        awaitEvents(id, 1);
        assertThat(ESTATE_EVENTS.of(id)).extracting(Received::type).containsExactly(EstateEvents.REGISTERED.type());
    }

    @Test
    @DisplayName("R-ELIG-1: refusal texts follow Accept-Language")
    void refusalInEnglishOnRequest() {
        String id = filedEstate(NOTHING_KNOWN);

        JsonNode problem = as("admin").header("Accept-Language", "en-GB,en;q=0.9")
                .post("/api/estates/" + id + "/inclusion", "{\"includedOn\": \"2026-02-01\", \"managementMode\": \"SERVICE_COMPANY\"}")
                .json();

        assertThat(problem.path("title").asString()).isEqualTo("Refused by policy rules");
        assertThat(problem.path("violations").get(2).path("message").asString())
                .isEqualTo("The estate does not receive the municipal financial subsidy");
    }

    @Test
    @DisplayName("R-TAKE-1: a transition the status does not allow is refused with 409 problem+json")
    void transitionNotAllowedIsAConflict() {
        Api admin = as("admin");
        String id = admin.post("/api/estates", estateJson(uniqueName("conflict"), "chunhua", "chunhua-xinhua", ELIGIBLE)).id();

        Api.Response refused = admin.post("/api/estates/" + id + "/inclusion",
                "{\"includedOn\": \"2026-02-01\", \"managementMode\": \"SERVICE_COMPANY\"}");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("type").asString()).isEqualTo("https://estatecare.org/problems/state-conflict");
        assertThat(refused.json().path("currentState").asString()).isEqualTo("REGISTERED");
    }

    @Test
    @DisplayName("R-EXIT-1, R-EXIT-2: exit before inclusion refused; a valid exit publishes its effective date")
    void exitPublishesTheEffectiveDate() {
        String id = filedEstate(ELIGIBLE);
        Api admin = as("admin");
        admin.post("/api/estates/" + id + "/inclusion", "{\"includedOn\": \"2026-02-01\", \"managementMode\": \"SERVICE_COMPANY\"}");

        Api.Response tooEarly = admin.post("/api/estates/" + id + "/exit",
                "{\"reason\": \"DEMOLITION\", \"effectiveDate\": \"2026-01-31\", \"documents\": [\"拆迁公告\"]}");
        assertThat(tooEarly.status()).isEqualTo(422);
        assertThat(tooEarly.json().path("violations").get(0).path("rule").asString()).isEqualTo("R-EXIT-1");

        Api.Response exited = admin.post("/api/estates/" + id + "/exit",
                "{\"reason\": \"DEMOLITION\", \"effectiveDate\": \"2026-09-30\", \"documents\": [\"拆迁公告\"]}");
        assertThat(exited.status()).isEqualTo(200);
        assertThat(exited.json().path("exit").path("reason").path("label").asString()).isEqualTo("拆迁");

        Received event = awaitEvents(id, 3).get(2);
        assertThat(event.type()).isEqualTo(EstateEvents.EXITED.type());
        assertThat(event.sequence()).isEqualTo(3);
        assertThat(EventJson.read(event.payload(), EstateExited.class).effectiveDate()).hasToString("2026-09-30");
    }

    @Test
    @DisplayName("R-SUB-1: a change of households and floor area is published with the day it holds from; a day ahead is refused")
    void sizeChangesCarryTheirEffectiveDate() {
        String id = filedEstate(ELIGIBLE);
        Api admin = as("admin");
        String etag = admin.get("/api/estates/" + id).header("ETag");
        String larger = estateJson("春华里", "chunhua", "chunhua-xinhua", ELIGIBLE).replace("\"households\": 480", "\"households\": 496");

        Api.Response ahead = admin.header("If-Match", etag).put("/api/estates/" + id,
                larger.replaceFirst("\\{", "{\"effectiveFrom\": \"" + today().plusDays(1) + "\", "));
        assertThat(ahead.status()).as(ahead.toString()).isEqualTo(422);
        assertThat(ahead.json().path("violations").get(0).path("rule").asString()).isEqualTo("R-SUB-1");
        Api.Response malformed = admin.header("If-Match", etag).put("/api/estates/" + id,
                larger.replaceFirst("\\{", "{\"effectiveFrom\": \"2026-02-30\", "));
        assertThat(malformed.status()).as(malformed.toString()).isEqualTo(400);

        Api.Response backdated = admin.header("If-Match", etag).put("/api/estates/" + id,
                larger.replaceFirst("\\{", "{\"effectiveFrom\": \"2026-03-16\", "));
        assertThat(backdated.status()).as(backdated.toString()).isEqualTo(200);
        Api.Response undated = admin.header("If-Match", backdated.header("ETag")).put("/api/estates/" + id, larger);
        assertThat(undated.status()).as(undated.toString()).isEqualTo(200);

        List<Received> events = awaitEvents(id, 3);
        assertThat(events).extracting(Received::type).containsExactly(EstateEvents.REGISTERED.type(),
                EstateEvents.DETAILS_CHANGED.type(), EstateEvents.DETAILS_CHANGED.type());
        EstateDetailsChanged dated = EventJson.read(events.get(1).payload(), EstateDetailsChanged.class);
        assertThat(dated.households()).isEqualTo(496);
        assertThat(dated.effectiveFrom()).hasToString("2026-03-16");
        assertThat(EventJson.read(events.get(2).payload(), EstateDetailsChanged.class).effectiveFrom()).isEqualTo(today());
    }

    @Test
    @DisplayName("R-MODE-1, R-COMM-1: mode change and committee are published; the mode is filterable")
    void modeChangeAndCommittee() {
        String id = filedEstate(ELIGIBLE);
        Api admin = as("admin");
        admin.post("/api/estates/" + id + "/inclusion", "{\"includedOn\": \"2026-02-01\", \"managementMode\": \"SERVICE_COMPANY\"}");

        Api.Response changed = admin.post("/api/estates/" + id + "/management-mode",
                "{\"mode\": \"RESIDENT_SELF_GOVERNANCE\", \"effectiveFrom\": \"2026-07-01\"}");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        Api.Response committee = as("chunhua-officer").post("/api/estates/" + id + "/management-committee",
                "{\"members\": [{\"name\": \"王建华\", \"capacity\": \"PROPERTY_OWNER\"}, {\"name\": \"李秀英\", \"capacity\": \"RESIDENTS_COMMITTEE\"}, {\"name\": \"赵志强\", \"capacity\": \"RESIDENT_REPRESENTATIVE\"}]}");
        assertThat(committee.status()).as(committee.toString()).isEqualTo(200);

        assertThat(awaitEvents(id, 4)).extracting(Received::type).containsExactly(EstateEvents.REGISTERED.type(),
                EstateEvents.INCLUDED.type(), EstateEvents.MANAGEMENT_MODE_CHANGED.type(),
                EstateEvents.MANAGEMENT_COMMITTEE_CHANGED.type());
        assertThat(ESTATE_EVENTS.of(id).get(3).payload()).doesNotContain("王建华");
        assertThat(admin.get("/api/estates?mode=RESIDENT_SELF_GOVERNANCE&size=200").json().path("content"))
                .extracting(e -> e.path("id").asString()).contains(id);
        assertThat(admin.get("/api/estates?mode=SERVICE_COMPANY&size=200").json().path("content"))
                .extracting(e -> e.path("id").asString()).doesNotContain(id);
    }

    @Test
    void listsFilterPageAndSort() {
        Api admin = as("admin");
        String prefix = uniqueName("排序");
        for (String suffix : List.of("c", "a", "b")) {
            admin.post("/api/estates", estateJson(prefix + suffix, "dongxin", "dongxin-huaxin", ELIGIBLE));
        }

        JsonNode page = admin.get("/api/estates?street=dongxin&name=" + java.net.URLEncoder.encode(prefix, java.nio.charset.StandardCharsets.UTF_8)
                + "&size=2&sort=name,desc").json();

        assertThat(page.path("content")).extracting(e -> e.path("name").asString()).containsExactly(prefix + "c", prefix + "b");
        assertThat(page.path("page").path("totalElements").asLong()).isEqualTo(3);
        assertThat(page.path("page").path("totalPages").asInt()).isEqualTo(2);
        assertThat(admin.get("/api/estates?sort=secret,asc").status()).isEqualTo(400);
    }

    @Test
    void streetsArePagedByCodeOrName() {
        Api admin = as("admin");

        JsonNode byCode = admin.get("/api/streets?size=200").json();
        JsonNode byName = admin.get("/api/streets?size=200&sort=name,desc").json();
        JsonNode first = admin.get("/api/streets?size=1").json();

        List<String> codes = StreamSupport.stream(byCode.path("content").spliterator(), false)
                .map(s -> s.path("code").asString()).toList();
        assertThat(codes).isSorted().contains("chunhua", "dongxin");
        assertThat(StreamSupport.stream(byName.path("content").spliterator(), false).map(s -> s.path("name").asString()).toList())
                .isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(first.path("content")).extracting(s -> s.path("code").asString()).containsExactly(codes.get(0));
        assertThat(first.path("page").path("totalElements").asInt()).isEqualTo(codes.size());
        assertThat(byCode.path("content").findValuesAsString("code")).as("with their communities").contains("chunhua-xinhua");
        assertThat(admin.get("/api/streets?sort=communities").status()).isEqualTo(400);
    }

    @Test
    void countsByStreetAndStatus() {
        Api admin = as("admin");
        admin.post("/api/estates", estateJson(uniqueName("count"), "dongxin", "dongxin-huaxin", ELIGIBLE));

        JsonNode counts = admin.get("/api/estates/statistics/by-street-and-status").json();

        assertThat(counts).anySatisfy(row -> {
            assertThat(row.path("street").asString()).isEqualTo("dongxin");
            assertThat(row.path("status").asString()).isEqualTo("REGISTERED");
            assertThat(row.path("count").asLong()).isPositive();
        });
    }

    static List<Received> awaitEvents(String estateId, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> ESTATE_EVENTS.of(estateId).size() >= count);
        return ESTATE_EVENTS.of(estateId);
    }
}
