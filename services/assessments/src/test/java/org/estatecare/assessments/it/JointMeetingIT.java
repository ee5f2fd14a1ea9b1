package org.estatecare.assessments.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.estatecare.assessments.meeting.JointMeetingService;
import org.estatecare.events.assessments.AssessmentEvents;
import org.estatecare.events.complaints.ComplaintAssigned;
import org.estatecare.events.complaints.ComplaintEvents;
import org.estatecare.events.complaints.ComplaintFiled;
import org.estatecare.events.complaints.ComplaintResolved;
import org.estatecare.testing.EventTap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A street's joint meeting and the district's coordination over real HTTP and the real broker: the agenda drawn from a
 * complaint the complaints service left overdue, minutes announced per estate, action items followed to done, one left
 * undone referred to the district, which settles it.
 */
class JointMeetingIT extends AssessmentsIntegrationTest {

    static final EventTap EVENTS = EventTap.on(INFRA.kafka().bootstrapServers(), AssessmentEvents.TOPIC, 3);

    @Autowired
    JointMeetingService meetings;

    Api scoped(String role, Map<String, String> claims) {
        return new Api("http://127.0.0.1:" + port, tokens().token(role + "-" + UUID.randomUUID(), List.of(role), claims), Map.of());
    }

    @Test
    @DisplayName("R-JOINT-1, R-DIST-1: an overdue complaint goes on the agenda; the minutes are announced for the estate's archive; "
            + "an action item left undone past its deadline goes to the district, which records how it was settled")
    void fromOverdueComplaintToTheDistrict() {
        String street = unique("s");
        String estate = includedEstate(street, street + "-c1", LocalDate.of(2025, 1, 1));
        String company = unique("co");
        servedBy(estate, company, LocalDate.of(2025, 1, 1), LocalDate.of(2030, 12, 31));
        Api office = scoped("street-officer", Map.of("street", street));
        Api admin = as("admin");

        String complaint = "c-" + UUID.randomUUID();
        filedAndAssigned(estate, street, complaint, today().minusDays(2));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> office.get("/api/joint-meetings/agenda-proposal?street=" + street)
                .json().path("content").valueStream().anyMatch(item -> item.path("sourceId").asString().equals(complaint)));
        JsonNode proposed = office.get("/api/joint-meetings/agenda-proposal?street=" + street).json().path("content").get(0);
        assertThat(proposed.path("source").path("code").asString()).isEqualTo("OVERDUE_COMPLAINT");
        assertThat(proposed.path("estateId").asString()).isEqualTo(estate);
        assertThat(proposed.path("title").asString()).as("names the estate").startsWith("春华里：").contains("GROUND_LOCK");
        assertThat(scoped("street-officer", Map.of("street", unique("other"))).get("/api/joint-meetings/agenda-proposal?street=" + street)
                .status()).isEqualTo(403);

        String agenda = """
                [{"source": "OVERDUE_COMPLAINT", "sourceId": "%s", "estateId": "%s", "title": "3号楼地锁投诉逾期未办结"},
                 {"source": "OTHER", "title": "冬季消防安全宣传"}]""".formatted(complaint, estate);
        Api.Response noDepartment = office.post("/api/joint-meetings", """
                {"street": "%s", "day": "%s", "members": {"departments": [], "companies": ["%s"]}, "agenda": %s}"""
                .formatted(street, today(), company, agenda));
        assertThat(noDepartment.status()).isEqualTo(422);
        assertThat(noDepartment.body()).contains("R-JOINT-1");
        Api.Response convened = office.post("/api/joint-meetings", """
                {"street": "%s", "day": "%s", "members": {"departments": ["CITY_MANAGEMENT", "HOUSING"], "companies": ["%s"],
                 "residentRepresentatives": ["王建华"]}, "agenda": %s}""".formatted(street, today(), company, agenda));
        assertThat(convened.status()).as(convened.body()).isEqualTo(201);
        String id = convened.json().path("id").asString();

        Api.Response held = office.post("/api/joint-meetings/" + id + "/minutes", """
                {"attendees": ["春华街道", "区城管委", "区住建委", "%s", "王建华"],
                 "decisions": [{"agendaItem": 1, "decision": "城管部门限期拆除地锁"}],
                 "actionItems": [{"agendaItem": 1, "owner": {"kind": "DEPARTMENT", "code": "CITY_MANAGEMENT"}, "description": "拆除3号楼地锁",
                                  "deadline": "%s"},
                                 {"owner": {"kind": "COMPANY", "code": "%s"}, "description": "清理消防通道堆物", "deadline": "%s"}]}"""
                .formatted(company, today().plusDays(1), company, today().plusDays(10)));
        assertThat(held.status()).as(held.body()).isEqualTo(200);
        assertThat(held.json().path("status").path("code").asString()).isEqualTo("HELD");
        assertThat(office.post("/api/joint-meetings/" + id + "/minutes", """
                {"attendees": ["x"], "decisions": [], "actionItems": []}""").status()).as("once").isEqualTo(409);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> EVENTS.of(estate).stream()
                .anyMatch(e -> e.type().equals(AssessmentEvents.JOINT_MEETING_MINUTES_RECORDED.type())));
        assertThat(EVENTS.of(estate).stream().filter(e -> e.type().equals(AssessmentEvents.JOINT_MEETING_MINUTES_RECORDED.type()))
                .findFirst().orElseThrow().payload()).contains("城管部门限期拆除地锁").contains(id);

        Api cityManagement = scoped("department-officer", Map.of("department", "city-management"));
        assertThat(cityManagement.get("/api/joint-meetings/" + id).status()).as("a member").isEqualTo(200);
        assertThat(scoped("department-officer", Map.of("department", "public-security")).get("/api/joint-meetings/" + id).status())
                .as("not a member").isEqualTo(404);
        assertThat(as("resident").get("/api/joint-meetings/" + id).status()).isEqualTo(403);
        assertThat(cityManagement.post("/api/joint-meetings/" + id + "/action-items/2/completion", "{\"note\": \"x\"}").status())
                .as("not its item").isEqualTo(403);
        Api companyStaff = scoped("service-company", Map.of("company_id", company));
        assertThat(companyStaff.post("/api/joint-meetings/" + id + "/action-items/2/completion", "{\"note\": \"已清理\"}").status())
                .isEqualTo(200);

        travelTo(today().plusDays(2));
        assertThat(meetings.referOverdue()).isGreaterThanOrEqualTo(1);
        assertThat(meetings.referOverdue()).as("once").isZero();
        JsonNode item = office.get("/api/joint-meetings/" + id).json().path("actionItems").get(0);
        assertThat(item.path("status").path("code").asString()).isEqualTo("REFERRED");
        String referral = item.path("referralId").asString();
        JsonNode referrals = office.get("/api/district-referrals?street=" + street).json().path("content");
        assertThat(referrals).extracting(r -> r.path("id").asString()).containsExactly(referral);
        assertThat(referrals.get(0).path("kind").path("code").asString()).isEqualTo("OVERDUE_ACTION_ITEM");
        assertThat(referrals.get(0).path("estateId").asString()).isEqualTo(estate);
        assertThat(companyStaff.get("/api/district-referrals/" + referral).status()).isEqualTo(403);

        assertThat(office.post("/api/district-referrals/" + referral + "/settlement",
                "{\"how\": \"x\", \"settledOn\": \"" + today() + "\"}").status()).isEqualTo(403);
        Api.Response settled = admin.post("/api/district-referrals/" + referral + "/settlement",
                "{\"how\": \"区政府协调城管执法大队拆除\", \"settledOn\": \"" + today() + "\"}");
        assertThat(settled.status()).as(settled.body()).isEqualTo(200);
        assertThat(settled.json().path("status").path("code").asString()).isEqualTo("SETTLED");
        assertThat(admin.post("/api/district-referrals/" + referral + "/settlement",
                "{\"how\": \"again\", \"settledOn\": \"" + today() + "\"}").status()).isEqualTo(409);
        assertThat(cityManagement.post("/api/joint-meetings/" + id + "/action-items/1/completion", "{\"note\": \"已拆除\"}").status())
                .as("still its owner's to finish").isEqualTo(200);
    }

    /** A complaint filed and assigned at the estate, with its step to be resolved by {@code resolveBy}. */
    void filedAndAssigned(String estate, String street, String complaint, LocalDate resolveBy) {
        publish(estate, complaint, 1, ComplaintEvents.FILED, new ComplaintFiled(complaint, estate, street, street + "-c1",
                "GROUND_LOCK", "HOTLINE", "RESIDENT", false, CLOCK.instant()));
        publish(estate, complaint, 2, ComplaintEvents.ASSIGNED, new ComplaintAssigned(complaint, estate, street, street + "-c1",
                "GROUND_LOCK", "STREET_OFFICE", null, 2, resolveBy.minusDays(4), resolveBy, null));
    }

    List<String> proposed(Api office, String street) {
        return office.get("/api/joint-meetings/agenda-proposal?street=" + street).json().path("content").valueStream()
                .map(item -> item.path("sourceId").asString()).toList();
    }

    @Test
    @DisplayName("R-JOINT-1: a complaint is overdue for the agenda the day after its step's deadline, across the year end; "
            + "a resolved one and one still in time are not")
    void overdueAcrossTheYearEnd() {
        LocalDate newYearsEve = LocalDate.of(today().getYear(), 12, 31);
        travelTo(newYearsEve);
        String street = unique("s");
        String estate = includedEstate(street, street + "-c1", LocalDate.of(2025, 1, 1));
        Api office = scoped("street-officer", Map.of("street", street));

        String dueToday = "c-" + UUID.randomUUID();
        filedAndAssigned(estate, street, dueToday, newYearsEve);
        String resolved = "c-" + UUID.randomUUID();
        filedAndAssigned(estate, street, resolved, newYearsEve.minusDays(5));
        publish(estate, resolved, 3, ComplaintEvents.RESOLVED, new ComplaintResolved(resolved, estate, street, street + "-c1",
                "GROUND_LOCK", "STREET_OFFICE", null, CLOCK.instant(), false));
        String late = "c-" + UUID.randomUUID();
        filedAndAssigned(estate, street, late, newYearsEve.minusDays(2));
        // one estate, one partition: once the last complaint is on the proposal, the earlier ones were applied
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> proposed(office, street).contains(late));
        assertThat(proposed(office, street)).containsExactly(late);

        travelTo(newYearsEve.plusDays(1));
        assertThat(proposed(office, street)).as("overdue on 1 January").containsExactly(late, dueToday);
    }
}
