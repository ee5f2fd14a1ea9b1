package org.estatecare.complaints.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.time.WorkingDayCalendar;
import org.estatecare.complaints.complaint.Complaint;
import org.estatecare.complaints.complaint.Complaints;
import org.estatecare.complaints.complaint.Escalator;
import org.estatecare.events.estates.EstateEvents;
import org.estatecare.events.estates.EstateExited;
import org.estatecare.events.agreements.AgreementEnded;
import org.estatecare.events.agreements.AgreementEvents;
import org.estatecare.events.complaints.ComplaintEvents;
import org.estatecare.events.ids.ComplaintId;
import org.estatecare.testing.EventTap;
import org.estatecare.testing.PrometheusText;
import org.estatecare.testing.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Complaints over real HTTP, with estates learnt from estates.v1 on a real broker and time moved by the test. */
class ComplaintsIT extends ComplaintsServiceIT {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static final EventTap COMPLAINT_EVENTS = EventTap.on(INFRA.kafka().bootstrapServers(), ComplaintEvents.TOPIC, 3);

    @Autowired
    Escalator escalator;
    @Autowired
    Complaints complaints;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    org.estatecare.kit.metrics.BusinessGauges gauges;

    String included;
    String agreement;

    @BeforeEach
    void anIncludedEstateServedByACompany() {
        CLOCK.set(START);
        included = estate("chunhua", "chunhua-xinhua", true);
        agreement = servedBy(included, "anju-it");
    }

    TestHttp resident() {
        return as("resident-wang", "resident", Map.of("street", "chunhua", "community", "chunhua-xinhua"));
    }

    TestHttp admin() {
        return as("district-admin", "district-admin", Map.of());
    }

    static String complaint(String estate, String category, String place) {
        return """
                {"estateId": "%s", "category": "%s", "channel": "ONLINE", "reporterKind": "RESIDENT",
                 "complainantName": "王建华", "complainantPhone": "13812345678",
                 "building": "3号楼", "place": "%s", "description": "描述"}""".formatted(estate, category, place);
    }

    JsonNode json(TestHttp.Response response) {
        return JSON.readTree(response.body());
    }

    @Test
    @DisplayName("R-CMP-2, R-CMP-5: each category goes to its first handler; fire lanes straight to the street office")
    void routingPerCategory() {
        TestHttp resident = resident();

        JsonNode lock = json(resident.post("/api/complaints", complaint(included, "GROUND_LOCK", "车棚")));
        JsonNode fireLane = json(resident.post("/api/complaints", complaint(included, "BLOCKED_FIRE_LANE", "北门")));
        JsonNode cleaning = json(resident.post("/api/complaints", complaint(included, "SERVICE_CLEANING", "楼道")));

        assertThat(lock.path("handler").path("kind").path("code").asString()).isEqualTo("SERVICE_COMPANY");
        assertThat(lock.path("handler").path("resolveBy").asString()).isEqualTo("2026-03-12");
        assertThat(fireLane.path("handler").path("kind").path("code").asString()).isEqualTo("STREET_OFFICE");
        String lockId = lock.path("id").asString();
        await().atMost(Duration.ofSeconds(30)).until(() -> COMPLAINT_EVENTS.of(included).stream()
                .anyMatch(e -> e.subject().equals(lockId) && e.sequence() == 2));
        assertThat(COMPLAINT_EVENTS.of(included)).filteredOn(e -> e.subject().equals(lockId))
                .extracting(EventTap.Received::type, EventTap.Received::sequence)
                .containsExactly(org.assertj.core.api.Assertions.tuple(ComplaintEvents.FILED.type(), 1L),
                        org.assertj.core.api.Assertions.tuple(ComplaintEvents.ASSIGNED.type(), 2L));
        assertThat(COMPLAINT_EVENTS.of(included)).allSatisfy(e -> assertThat(e.payload()).doesNotContain("王建华", "13812345678"));
        assertThat(fireLane.path("handler").path("resolveBy").asString()).isEqualTo("2026-03-11");
        assertThat(cleaning.path("handler").path("kind").path("code").asString()).isEqualTo("SERVICE_COMPANY");
    }

    @Test
    @DisplayName("R-AGR-5, R-CMP-2: the company serving the estate sees and handles its complaints, until its agreement ends")
    void theServingCompanyHandlesItsEstatesComplaints() {
        TestHttp company = as("anju-staff", "service-company", Map.of("company_id", "anju-it"));
        TestHttp otherCompany = as("hexie-staff", "service-company", Map.of("company_id", "hexie-it"));
        String id = json(resident().post("/api/complaints", complaint(included, "SERVICE_CLEANING", "5号楼楼道"))).path("id").asString();

        JsonNode seen = json(company.get("/api/complaints/" + id));
        assertThat(seen.path("complainant").path("name").asString()).isEqualTo("王建华"); // the handler sees who complains
        assertThat(company.get("/api/complaints?size=200").body()).contains(id);
        assertThat(otherCompany.get("/api/complaints/" + id).status()).isEqualTo(404);
        assertThat(otherCompany.get("/api/complaints?size=200").body()).doesNotContain(id);

        assertThat(company.post("/api/complaints/" + id + "/acknowledgement", null).status()).isEqualTo(200);
        TestHttp.Response resolved = company.post("/api/complaints/" + id + "/resolution", "{\"reason\": \"已清扫\"}");
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
        assertThat(company.post("/api/complaints/" + id + "/closure", "{\"satisfaction\": 5}").status()).isEqualTo(403);
        // no longer with the company: the complainant is masked for it (a successor company must not read it either)
        assertThat(json(company.get("/api/complaints/" + id)).path("complainant").path("masked").asBoolean()).isTrue();

        // the agreement ended before today: the company no longer answers for the estate
        publish(included, agreement, 2, AgreementEvents.TERMINATED, new AgreementEnded(agreement, included, "chunhua",
                "chunhua-xinhua", "anju-it", LocalDate.of(2026, 3, 9), "BY_PARTIES"));
        await().atMost(Duration.ofSeconds(30)).until(() -> company.get("/api/complaints/" + id).status() == 404);
    }

    @Test
    @DisplayName("R-ELIG-2: after the registry's exit event, new complaints on the estate go to the street office")
    void anExitChangesRoutingThroughEventsOnly() {
        publish(included, 3, EstateEvents.EXITED, new EstateExited(included, "chunhua", "chunhua-xinhua", "DEMOLITION",
                LocalDate.of(2026, 3, 1)));
        await().atMost(Duration.ofSeconds(30)).until(() -> !estates.find(new EstateId(included)).orElseThrow().inSchemeOn(LocalDate.of(2026, 3, 10)));

        JsonNode parking = json(resident().post("/api/complaints", complaint(included, "SERVICE_PARKING", "停车场")));

        assertThat(parking.path("handler").path("kind").path("code").asString()).isEqualTo("STREET_OFFICE");
    }

    @Test
    @DisplayName("R-CMP-1: filed the Friday before the Spring Festival, deadlines count the make-up Saturday and skip the holiday")
    void deadlinesAcrossTheSpringFestival() {
        CLOCK.set(LocalDateTime.of(2026, 2, 13, 16, 0).atZone(Complaint.BUSINESS_ZONE).toInstant());

        JsonNode ads = json(resident().post("/api/complaints", complaint(included, "SMALL_ADS", "电梯厅")));

        assertThat(ads.path("handler").path("acknowledgeBy").asString()).isEqualTo("2026-02-14");
        assertThat(ads.path("handler").path("resolveBy").asString()).isEqualTo("2026-02-24");
    }

    @Test
    void anUnknownEstateIsRefusedWith422() {
        TestHttp.Response response = resident().post("/api/complaints", complaint("e-nowhere", "OTHER", "x"));

        assertThat(response.status()).isEqualTo(422);
        assertThat(json(response).path("violations").get(0).path("condition").asString()).isEqualTo("unknown-estate");
        assertThat(json(response).path("violations").get(0).path("message").asString()).isEqualTo("本服务尚不知道该小区");
        TestHttp.Response english = resident().header("Accept-Language", "en").post("/api/complaints", complaint("e-nowhere", "OTHER", "x"));
        assertThat(json(english).path("violations").get(0).path("message").asString()).isEqualTo("This service does not know the estate yet");
    }

    @Test
    void aRepeatIsLinkedToTheOpenComplaint() {
        String first = json(resident().post("/api/complaints", complaint(included, "STACKED_ITEMS", "1单元门口"))).path("id").asString();
        CLOCK.advance(Duration.ofHours(20));

        TestHttp.Response repeat = as("resident-li", "resident", Map.of()).post("/api/complaints",
                complaint(included, "STACKED_ITEMS", "1 单元 门口"));

        assertThat(repeat.status()).isEqualTo(201);
        assertThat(json(repeat).path("status").path("code").asString()).isEqualTo("DUPLICATE");
        assertThat(json(repeat).path("duplicateOf").asString()).isEqualTo(first);
        assertThat(json(repeat).path("handler").isMissingNode() || json(repeat).path("handler").isNull()).isTrue();
    }

    @Test
    @DisplayName("R-CMP-3: personal data is masked for non-handlers and shown once the complaint reaches them")
    void personalDataOnlyForHandlersAndTheDistrict() {
        String id = json(resident().post("/api/complaints", complaint(included, "ILLEGAL_BUILDING", "屋顶"))).path("id").asString();
        TestHttp community = as("rc-xinhua", "community-officer", Map.of("street", "chunhua", "community", "chunhua-xinhua"));

        JsonNode masked = json(community.get("/api/complaints/" + id)).path("complainant");
        assertThat(masked.path("name").asString()).isEqualTo("王**");
        assertThat(masked.path("phone").asString()).isEqualTo("138****5678");
        assertThat(json(admin().get("/api/complaints/" + id)).path("complainant").path("phone").asString()).isEqualTo("13812345678");
        assertThat(json(resident().get("/api/complaints/" + id)).path("complainant").path("masked").asBoolean()).isFalse();

        assertThat(admin().post("/api/complaints/" + id + "/escalation", "{\"reason\": \"劝阻无效\"}").status()).isEqualTo(200);

        JsonNode full = json(community.get("/api/complaints/" + id));
        assertThat(full.path("handler").path("kind").path("code").asString()).isEqualTo("RESIDENTS_COMMITTEE");
        assertThat(full.path("complainant").path("phone").asString()).isEqualTo("13812345678");
    }

    @Test
    void scopeHidesOtherCommunitiesOtherResidentsAndCompaniesWithoutAgreements() {
        String id = json(resident().post("/api/complaints", complaint(included, "SMALL_ADS", "电梯厅"))).path("id").asString();

        TestHttp otherCommunity = as("rc-wanxin", "community-officer", Map.of("street", "chunhua", "community", "chunhua-wanxin"));
        TestHttp otherResident = as("resident-zhao", "resident", Map.of("street", "chunhua", "community", "chunhua-xinhua"));
        TestHttp company = as("company-anju", "service-company", Map.of("company_id", "anju"));

        for (TestHttp outsider : List.of(otherCommunity, otherResident, company)) {
            assertThat(outsider.get("/api/complaints/" + id).status()).isEqualTo(404);
            assertThat(json(outsider.get("/api/complaints?size=200")).path("content")).extracting(c -> c.path("id").asString()).doesNotContain(id);
        }
        assertThat(as("rc-xinhua", "community-officer", Map.of("street", "chunhua", "community", "chunhua-xinhua"))
                .get("/api/complaints/" + id).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("R-CMP-4: when the deadline passes the complaint escalates by itself, exactly once, without sleeping")
    void automaticEscalationAtTheDeadline() {
        String id = json(resident().post("/api/complaints", complaint(included, "GROUND_LOCK", "地下室"))).path("id").asString();

        CLOCK.set(LocalDateTime.of(2026, 3, 12, 23, 0).atZone(Complaint.BUSINESS_ZONE).toInstant()); // the deadline day
        escalator.escalateOverdue();
        assertThat(json(admin().get("/api/complaints/" + id)).path("handler").path("step").asInt()).isZero();

        CLOCK.set(LocalDateTime.of(2026, 3, 13, 8, 0).atZone(Complaint.BUSINESS_ZONE).toInstant());
        // two replicas load the same overdue complaint; only the first write wins (once the relay, which
        // also writes the document when it removes published events, is done with it)
        await().atMost(Duration.ofSeconds(30)).until(() -> complaints.get(new ComplaintId(id), new Criteria()).pendingEvents().isEmpty());
        Complaint replicaA = complaints.get(new ComplaintId(id), new Criteria());
        Complaint replicaB = complaints.get(new ComplaintId(id), new Criteria());
        assertThat(replicaA.escalateIfOverdue(calendar, CLOCK.instant())).isTrue();
        assertThat(replicaB.escalateIfOverdue(calendar, CLOCK.instant())).isTrue();
        assertThat(complaints.saveIfUnchanged(replicaA)).isTrue();
        assertThat(complaints.saveIfUnchanged(replicaB)).isFalse();
        escalator.escalateOverdue();

        JsonNode escalated = json(admin().get("/api/complaints/" + id));
        assertThat(escalated.path("handler").path("kind").path("code").asString()).isEqualTo("RESIDENTS_COMMITTEE");
        assertThat(escalated.path("handler").path("step").asInt()).isEqualTo(1);
        assertThat(json(admin().get("/api/complaints/" + id + "/history")).path("content")).extracting(h -> h.path("action").asString())
                .containsExactly("filed", "assigned", "informed", "escalated");
    }

    @Test
    void resolvedClosedAndReopenedByTheComplainant() {
        String id = json(resident().post("/api/complaints", complaint(included, "SERVICE_PARKING", "东门"))).path("id").asString();
        assertThat(admin().post("/api/complaints/" + id + "/resolution", "{\"reason\": \"已划线\"}").status()).isEqualTo(200);

        assertThat(as("resident-zhao", "resident", Map.of()).post("/api/complaints/" + id + "/closure",
                "{\"satisfaction\": 5}").status()).as("not the complainant").isEqualTo(404);
        JsonNode closed = json(resident().post("/api/complaints/" + id + "/closure", "{\"satisfaction\": 2, \"comment\": \"没解决\"}"));
        assertThat(closed.path("status").path("code").asString()).isEqualTo("CLOSED");
        assertThat(closed.path("satisfaction").asInt()).isEqualTo(2);

        CLOCK.advance(Duration.ofDays(2));
        JsonNode reopened = json(resident().post("/api/complaints/" + id + "/reopening", "{\"reason\": \"依然占用\"}"));
        assertThat(reopened.path("status").path("code").asString()).isEqualTo("ASSIGNED");
        assertThat(resident().post("/api/complaints/" + id + "/closure", "{\"satisfaction\": 9}").status()).isEqualTo(422);
    }

    @Test
    void statisticsCountWhatWasFiledInThePeriodWithinScope() {
        String estate = estate("dongxin", "dongxin-huaxin", true);
        TestHttp filer = as("resident-sun", "resident", Map.of());
        String id = json(filer.post("/api/complaints", complaint(estate, "GARBAGE_SORTING", "垃圾站"))).path("id").asString();
        admin().post("/api/complaints/" + id + "/resolution", "{\"reason\": \"已整改\"}");
        filer.post("/api/complaints/" + id + "/closure", "{\"satisfaction\": 4}");

        JsonNode rows = json(admin().get("/api/complaints/statistics?by=ESTATE&from=2026-03-01&to=2026-03-31"));
        JsonNode row = java.util.stream.StreamSupport.stream(rows.spliterator(), false)
                .filter(r -> r.path("group").asString().equals(estate)).findFirst().orElseThrow();
        assertThat(row.path("received").asLong()).isEqualTo(1);
        assertThat(row.path("resolved").asLong()).isEqualTo(1);
        assertThat(row.path("onTimeRate").decimalValue()).isEqualByComparingTo("1.00");
        assertThat(row.path("satisfaction").decimalValue()).isEqualByComparingTo("4.00");
        assertThat(json(as("rc-xinhua", "community-officer", Map.of("street", "chunhua", "community", "chunhua-xinhua"))
                .get("/api/complaints/statistics?by=ESTATE&from=2026-03-01&to=2026-03-31")))
                .extracting(r -> r.path("group").asString()).doesNotContain(estate);
        assertThat(admin().get("/api/complaints/statistics?from=2026-04-01&to=2026-03-01").status()).isEqualTo(400);
    }


    @Test
    @DisplayName("Grafana's complaint gauges: open and overdue by street, counted from the database")
    void openAndOverdueComplaintsAreCountedByStreet() {
        gauges.refresh();
        double overdueBefore = gauge("estatecare_complaints_overdue", "chunhua");
        double openBefore = gauge("estatecare_complaints_open", "chunhua");
        resident().post("/api/complaints", complaint(included, "GROUND_LOCK", "地锁-" + java.util.UUID.randomUUID()));

        gauges.refresh();
        assertThat(gauge("estatecare_complaints_open", "chunhua")).isEqualTo(openBefore + 1);
        assertThat(gauge("estatecare_complaints_overdue", "chunhua")).isEqualTo(overdueBefore);

        CLOCK.set(START.plus(Duration.ofDays(6))); // Monday 16 March: past its resolve-by day, 12 March
        try {
            gauges.refresh();
            assertThat(gauge("estatecare_complaints_overdue", "chunhua")).isGreaterThanOrEqualTo(overdueBefore + 1);
        } finally {
            CLOCK.set(START);
        }
    }

    double gauge(String name, String street) {
        return PrometheusText.value(new TestHttp("http://127.0.0.1:" + managementPort, null).get("/actuator/prometheus").body(), name, Map.of("street", street)).orElse(0);
    }
}
