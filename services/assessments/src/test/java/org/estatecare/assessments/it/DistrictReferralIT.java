package org.estatecare.assessments.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.estatecare.assessments.meeting.JointMeetingService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The district's coordination of what the street level cannot solve (R-DIST-1) over real HTTP: action items of a joint
 * meeting left undone past their deadline referred by the scheduled pass, major and legacy problems the district takes
 * up directly, each settled once by the district and read by the street concerned.
 */
class DistrictReferralIT extends AssessmentsIntegrationTest {

    @Autowired
    JointMeetingService meetings;

    Api scoped(String role, Map<String, String> claims) {
        return new Api("http://127.0.0.1:" + port, tokens().token(role + "-" + UUID.randomUUID(), List.of(role), claims), Map.of());
    }

    List<String> referralIds(Api api, String query) {
        return api.get("/api/district-referrals?" + query).json().path("content").valueStream()
                .map(r -> r.path("id").asString()).toList();
    }

    @Test
    @DisplayName("R-DIST-1: an action item left open past its deadline goes to the district once, over the year end; one done in time does not")
    void overdueActionItemsGoToTheDistrict() {
        LocalDate newYearsEve = LocalDate.of(today().getYear(), 12, 31);
        travelTo(newYearsEve.minusDays(3));
        String street = unique("s");
        Api office = scoped("street-officer", Map.of("street", street));
        Api.Response convened = office.post("/api/joint-meetings", """
                {"street": "%s", "day": "%s", "members": {"departments": ["MUNICIPAL_ROADS", "STREET_LIGHTING"]},
                 "agenda": [{"source": "OTHER", "title": "小区出入口路灯不亮"}]}""".formatted(street, today()));
        assertThat(convened.status()).as(convened.body()).isEqualTo(201);
        String id = convened.id();
        Api.Response held = office.post("/api/joint-meetings/" + id + "/minutes", """
                {"attendees": ["街道", "区路灯所", "区市政道路所"], "decisions": [{"agendaItem": 1, "decision": "路灯所修复，道路所补坑"}],
                 "actionItems": [{"agendaItem": 1, "owner": {"kind": "DEPARTMENT", "code": "STREET_LIGHTING"}, "description": "修复路灯",
                                  "deadline": "%s"},
                                 {"agendaItem": 1, "owner": {"kind": "DEPARTMENT", "code": "MUNICIPAL_ROADS"}, "description": "补坑",
                                  "deadline": "%s"}]}""".formatted(newYearsEve, newYearsEve));
        assertThat(held.status()).as(held.body()).isEqualTo(200);
        assertThat(scoped("department-officer", Map.of("department", "municipal-roads"))
                .post("/api/joint-meetings/" + id + "/action-items/2/completion", "{\"note\": \"已补\"}").status()).isEqualTo(200);

        travelTo(newYearsEve);
        meetings.referOverdue();
        assertThat(referralIds(office, "street=" + street)).as("due today, not late yet").isEmpty();

        travelTo(newYearsEve.plusDays(1));
        meetings.referOverdue();
        meetings.referOverdue();
        JsonNode referrals = office.get("/api/district-referrals?street=" + street).json().path("content");
        assertThat(referrals.size()).as("the undone item, once").isEqualTo(1);
        JsonNode referral = referrals.get(0);
        assertThat(referral.path("kind").path("code").asString()).isEqualTo("OVERDUE_ACTION_ITEM");
        assertThat(referral.path("status").path("code").asString()).isEqualTo("OPEN");
        assertThat(referral.path("estateId").isNull() || referral.path("estateId").isMissingNode()).as("no estate on the agenda item").isTrue();
        assertThat(referral.path("source").path("meetingId").asString()).isEqualTo(id);
        assertThat(referral.path("source").path("actionItem").asInt()).isEqualTo(1);
        assertThat(referral.path("raisedOn").asString()).isEqualTo(newYearsEve.plusDays(1).toString());
        assertThat(office.get("/api/joint-meetings/" + id).json().path("actionItems").get(0).path("referralId").asString())
                .isEqualTo(referral.path("id").asString());
    }

    @Test
    @DisplayName("R-DIST-1: the district takes up a major or legacy problem directly; street offices may not, bad input changes nothing")
    void theDistrictTakesUpMajorAndLegacyProblems() {
        String street = unique("s");
        String estate = includedEstate(street, street + "-c1", LocalDate.of(2025, 1, 1));
        String otherEstate = includedEstate(unique("other"), "x-c1", LocalDate.of(2025, 1, 1));
        Api admin = as("admin");
        Api office = scoped("street-officer", Map.of("street", street));

        assertThat(office.post("/api/district-referrals", """
                {"kind": "LEGACY", "street": "%s", "description": "自行车棚产权不清"}""".formatted(street)).status())
                .as("the street's own office may not refer").isEqualTo(403);
        assertThat(admin.post("/api/district-referrals", """
                {"kind": "OVERDUE_ACTION_ITEM", "street": "%s", "description": "x"}""".formatted(street)).status()).isEqualTo(422);
        Api.Response elsewhere = admin.post("/api/district-referrals", """
                {"kind": "MAJOR", "street": "%s", "estateId": "%s", "description": "x"}""".formatted(street, otherEstate));
        assertThat(elsewhere.status()).isEqualTo(422);
        assertThat(elsewhere.body()).contains("R-DIST-1");
        assertThat(admin.post("/api/district-referrals", """
                {"kind": "URGENT", "street": "%s", "description": "x"}""".formatted(street)).status()).isEqualTo(400);
        assertThat(admin.post("/api/district-referrals", """
                {"kind": "MAJOR", "street": "%s", "description": " "}""".formatted(street)).status()).isEqualTo(400);
        assertThat(referralIds(admin, "street=" + street)).as("nothing changed").isEmpty();

        Api.Response major = admin.post("/api/district-referrals", """
                {"kind": "MAJOR", "street": "%s", "estateId": "%s", "description": "二次供水设施老化，需市政改造"}""".formatted(street, estate));
        assertThat(major.status()).as(major.body()).isEqualTo(201);
        assertThat(major.header("Location")).endsWith("/api/district-referrals/" + major.id());
        Api.Response legacy = admin.post("/api/district-referrals", """
                {"kind": "LEGACY", "street": "%s", "description": "自行车棚产权不清，无法改造"}""".formatted(street));
        assertThat(legacy.status()).as(legacy.body()).isEqualTo(201);
        assertThat(legacy.json().path("kind").path("code").asString()).isEqualTo("LEGACY");
        assertThat(legacy.json().path("status").path("code").asString()).isEqualTo("OPEN");

        assertThat(referralIds(office, "street=" + street)).containsExactlyInAnyOrder(major.id(), legacy.id());
        assertThat(office.get("/api/district-referrals/" + major.id()).json().path("estateId").asString()).isEqualTo(estate);
        assertThat(scoped("municipal-inspector", Map.of()).get("/api/district-referrals/" + legacy.id()).status()).isEqualTo(200);
        Api otherOffice = scoped("street-officer", Map.of("street", unique("other")));
        assertThat(otherOffice.get("/api/district-referrals/" + legacy.id()).status()).isEqualTo(404);
        assertThat(referralIds(otherOffice, "street=" + street)).isEmpty();
        assertThat(scoped("service-company", Map.of("company_id", "co-x")).get("/api/district-referrals").status()).isEqualTo(403);
    }

    @Test
    @DisplayName("R-DIST-1: the district records how a referral was settled, once; street offices may not; a settled referral is closed")
    void theDistrictSettlesOnce() {
        String street = unique("s");
        Api admin = as("admin");
        Api office = scoped("street-officer", Map.of("street", street));
        Api.Response raised = admin.post("/api/district-referrals", """
                {"kind": "LEGACY", "street": "%s", "description": "历史遗留违建"}""".formatted(street));
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        String path = "/api/district-referrals/" + raised.id() + "/settlement";
        String settlement = "{\"how\": \"区政府协调城管、住建联合拆除\", \"settledOn\": \"" + today() + "\"}";

        assertThat(office.post(path, settlement).status()).isEqualTo(403);
        assertThat(admin.post(path, "{\"how\": \"x\", \"settledOn\": \"" + today().plusDays(1) + "\"}").status())
                .as("not settled in the future").isEqualTo(422);
        assertThat(admin.post(path, "{\"how\": \"\", \"settledOn\": \"" + today() + "\"}").status()).isEqualTo(400);
        assertThat(admin.header("If-Match", "\"7\"").post(path, settlement).status()).isEqualTo(412);
        assertThat(admin.get("/api/district-referrals/" + raised.id()).json().path("status").path("code").asString())
                .as("nothing changed").isEqualTo("OPEN");

        Api.Response settled = admin.header("If-Match", raised.header("ETag")).post(path, settlement);
        assertThat(settled.status()).as(settled.body()).isEqualTo(200);
        assertThat(settled.json().path("status").path("code").asString()).isEqualTo("SETTLED");
        assertThat(settled.json().path("settlement").path("how").asString()).isEqualTo("区政府协调城管、住建联合拆除");
        assertThat(settled.json().path("settlement").path("settledOn").asString()).isEqualTo(today().toString());
        assertThat(settled.json().path("settlement").path("settledBy").asString()).isNotBlank();
        assertThat(admin.post(path, settlement).status()).as("once").isEqualTo(409);

        assertThat(referralIds(office, "street=" + street + "&status=SETTLED")).containsExactly(raised.id());
        assertThat(referralIds(office, "street=" + street + "&status=OPEN")).isEmpty();
    }
}
