package org.estatecare.complaints.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.estatecare.complaints.complaint.Complaint;
import org.estatecare.events.complaints.ComplaintEvents;
import org.estatecare.testing.EventTap;
import org.estatecare.testing.TestHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The working-day calendar over real HTTP: a complaint whose deadline runs into a year without an official
 * arrangement files and is provisional; the district loads the year's arrangement and the open deadline is
 * counted again, said in the complaint's history, and announced on complaints.v1.
 */
class CalendarIT extends ComplaintsServiceIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final EventTap COMPLAINT_EVENTS = EventTap.on(INFRA.kafka().bootstrapServers(), ComplaintEvents.TOPIC, 3);
    /** Monday 28 December 2026, 09:00 in Beijing: five working days from here run into 2027. */
    static final Instant LATE_DECEMBER = LocalDateTime.of(2026, 12, 28, 9, 0).atZone(Complaint.BUSINESS_ZONE).toInstant();

    @AfterEach
    void backToTheStart() {
        CLOCK.set(START);
    }

    TestHttp admin() {
        return as("district-admin", "district-admin", Map.of());
    }

    @Test
    @DisplayName("R-CMP-1: a deadline running into a year without its official arrangement is provisional; loading the year "
            + "recomputes it, records it in the history and announces the year")
    void loadingNextYearRecomputesOpenDeadlines() {
        CLOCK.set(LATE_DECEMBER);
        String estate = estate("chunhua", "chunhua-xinhua", true);
        servedBy(estate, "anju-cal");
        TestHttp resident = as("resident-li", "resident", Map.of("street", "chunhua", "community", "chunhua-xinhua"));
        TestHttp.Response filed = resident.post("/api/complaints", """
                {"estateId": "%s", "category": "SERVICE_CLEANING", "place": "1号楼楼道", "description": "楼道没有清扫"}"""
                .formatted(estate));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        JsonNode complaint = JSON.readTree(filed.body());
        String id = complaint.path("id").asString();
        // 29, 30, 31 December, then 1 January (New Year's Day, computed), then 4 and 5 January
        assertThat(complaint.path("handler").path("resolveBy").asString()).isEqualTo("2027-01-05");
        assertThat(complaint.path("handler").path("provisional").asBoolean()).isTrue();

        JsonNode computed = JSON.readTree(admin().get("/api/calendar/years/2027").body());
        assertThat(computed.path("provisional").asBoolean()).isTrue();
        assertThat(computed.path("makeUpWorkingDays")).isEmpty();

        // an arrangement (test data) that bridges New Year's Day to Monday 4 January and works Saturday 9 January
        ObjectNode arrangement = JSON.createObjectNode().put("source", "测试用安排（非官方通知）");
        List<JsonNode> holidays = new ArrayList<>();
        computed.path("holidays").forEach(h -> holidays.add(h.path("name").asString().equals("元旦")
                ? ((ObjectNode) h.deepCopy()).put("to", "2027-01-04") : h));
        arrangement.putArray("holidays").addAll(holidays);
        arrangement.putArray("makeUpWorkingDays").add("2027-01-09");

        TestHttp.Response refused = as("officer-chunhua", "street-officer", Map.of("street", "chunhua"))
                .send("PUT", "/api/calendar/years/2027", arrangement.toString());
        assertThat(refused.status()).isEqualTo(403);

        ObjectNode withoutSpringFestival = arrangement.deepCopy();
        withoutSpringFestival.putArray("holidays").addAll(holidays.stream()
                .filter(h -> !h.path("name").asString().contains("春节")).toList());
        TestHttp.Response incomplete = admin().send("PUT", "/api/calendar/years/2027", withoutSpringFestival.toString());
        assertThat(incomplete.status()).as(incomplete.body()).isEqualTo(422);
        assertThat(incomplete.header("Content-Type")).startsWith("application/problem+json");
        assertThat(incomplete.body()).contains("statutory-day-missing");
        assertThat(JSON.readTree(admin().get("/api/calendar/years/2027").body()).path("provisional").asBoolean()).isTrue();

        TestHttp.Response loaded = admin().send("PUT", "/api/calendar/years/2027", arrangement.toString());
        assertThat(loaded.status()).as(loaded.body()).isEqualTo(201);
        JsonNode year = JSON.readTree(admin().get("/api/calendar/years/2027").body());
        assertThat(year.path("official").asBoolean()).isTrue();
        assertThat(year.path("version").asLong()).isEqualTo(1);
        assertThat(year.path("loadedBy").asString()).isNotBlank();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode now = JSON.readTree(admin().get("/api/complaints/" + id).body());
            assertThat(now.path("handler").path("resolveBy").asString()).isEqualTo("2027-01-06");
            assertThat(now.path("handler").path("provisional").asBoolean()).isFalse();
        });
        JsonNode history = JSON.readTree(admin().get("/api/complaints/" + id + "/history").body()).path("content");
        assertThat(history).extracting(line -> line.path("action").asString()).contains("deadline-recomputed");

        await().atMost(Duration.ofSeconds(30)).until(() -> COMPLAINT_EVENTS.of("calendar-2027").stream()
                .anyMatch(e -> e.type().equals(ComplaintEvents.CALENDAR_YEAR_PUBLISHED.type())));

        // a second load of the same year needs its revision, and keeps the first version readable
        TestHttp.Response blind = admin().send("PUT", "/api/calendar/years/2027", arrangement.toString());
        assertThat(blind.status()).isEqualTo(428);
        TestHttp.Response notTheirs = as("street-cal", "street-officer", Map.of("street", "chunhua"))
                .send("PUT", "/api/calendar/years/2027", arrangement.toString());
        assertThat(notTheirs.status()).as("who may not load is told so before being asked for a version").isEqualTo(403);
        TestHttp.Response second = admin().header("If-Match", loaded.header("ETag"))
                .send("PUT", "/api/calendar/years/2027", arrangement.toString());
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        JsonNode versions = JSON.readTree(admin().get("/api/calendar/years/2027/versions").body());
        assertThat(versions.path("content")).extracting(v -> v.path("version").asLong()).containsExactly(1L, 2L);
        assertThat(versions.path("page").path("totalElements").asLong()).isEqualTo(2);
        JsonNode latest = JSON.readTree(admin().get("/api/calendar/years/2027/versions?size=1&page=1").body());
        assertThat(latest.path("content")).extracting(v -> v.path("version").asLong()).containsExactly(2L);
        assertThat(admin().get("/api/calendar/years/2027/versions?sort=loadedAt,desc").status())
                .as("versions are kept oldest first, not sorted on request").isEqualTo(400);
    }
}
