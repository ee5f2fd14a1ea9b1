package org.estatecare.agreements.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.estatecare.agreements.agreement.TermCalendar;
import org.estatecare.events.codes.BasicService;
import org.estatecare.events.estates.EstateDetailsChanged;
import org.estatecare.events.estates.EstateEvents;
import org.estatecare.events.estates.EstateExited;
import org.estatecare.events.estates.ManagementCommitteeChanged;
import org.estatecare.events.estates.ManagementModeChanged;
import org.estatecare.events.ids.EstateId;
import org.estatecare.testing.EventTap;
import org.estatecare.testing.PrometheusText;
import org.estatecare.testing.TestHttp;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Agreements over real HTTP, with estates learnt from estates.v1 and events checked on agreements.v1. */
class AgreementsIT extends AgreementsServiceIT {

    @Autowired
    TermCalendar calendar;
    @Autowired
    org.estatecare.kit.metrics.BusinessGauges gauges;

    @Test
    @DisplayName("R-AGR-1, R-COMM-1: an agreement with the four basic services is drafted for the acting residents' committee, signed and announced")
    void anAgreementWithTheFourBasicServicesIsSignedAndAnnounced() {
        String estate = companyEstate("chunhua", "chunhua-xinhua");
        String company = registeredCompany();
        standards(admin());

        TestHttp.Response draft = streetOfficer("chunhua").post("/api/agreements",
                draftJson(estate, company, "2026-03-01", "2029-02-28", "1.20", null));
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        JsonNode drafted = json(draft);
        assertThat(drafted.get("status").get("code").asString()).isEqualTo("DRAFT");
        assertThat(drafted.get("signingParty").get("code").asString()).isEqualTo("RESIDENTS_COMMITTEE"); // no committee announced
        assertThat(drafted.get("currentTerms").get("extras")).hasSize(1);

        String id = drafted.get("id").asString();
        TestHttp.Response signed = streetOfficer("chunhua").header("If-Match", draft.header("ETag"))
                .post("/api/agreements/" + id + "/signing", "{\"signedOn\": \"2026-03-09\"}");
        assertThat(signed.status()).as(signed.body()).isEqualTo(200);
        assertThat(json(signed).get("status").get("code").asString()).isEqualTo("ACTIVE");
        assertThat(json(signed).get("signedOn").asString()).isEqualTo("2026-03-09");

        // the estate's fee class decision travels on the same topic: look for the signing among its events
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> AGREEMENT_EVENTS.of(estate).stream()
                .anyMatch(e -> e.type().equals("agreements.agreement.signed")));
        EventTap.Received event = AGREEMENT_EVENTS.of(estate).stream()
                .filter(e -> e.type().equals("agreements.agreement.signed")).findFirst().orElseThrow();
        assertThat(event.subject()).isEqualTo(id);
        JsonNode payload = JSON.readTree(event.payload());
        assertThat(payload.get("companyId").asString()).isEqualTo(company);
        assertThat(payload.get("feeAmount").decimalValue()).isEqualByComparingTo("1.20");
        assertThat(payload.get("termEnd").asString()).isEqualTo("2029-02-28");
    }

    @Test
    @DisplayName("R-COMM-1: the signing party is whom the registry says signs for the residents")
    void theSigningPartyIsWhoTheRegistrySaysSignsForTheResidents() {
        String estate = companyEstate("chunhua", "chunhua-xinhua");
        publish(estate, 3, EstateEvents.MANAGEMENT_COMMITTEE_CHANGED, new ManagementCommitteeChanged(estate, "chunhua",
                "chunhua-xinhua", "MANAGEMENT_COMMITTEE", 7));
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> estates.find(new EstateId(estate)).map(e -> e.signingParty().equals("MANAGEMENT_COMMITTEE")).orElse(false));

        String id = signedAgreement(estate, registeredCompany(), "2026-03-01", "2029-02-28");
        assertThat(json(admin().get("/api/agreements/" + id)).get("signingParty").get("code").asString())
                .isEqualTo("MANAGEMENT_COMMITTEE");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> AGREEMENT_EVENTS.of(estate).stream()
                .anyMatch(e -> e.subject().equals(id) && e.payload().contains("\"signingParty\":\"MANAGEMENT_COMMITTEE\"")));
    }

    @Test
    @DisplayName("R-AGR-1: a draft without one of the four basic services is refused, naming it")
    void aDraftWithoutOneOfTheFourBasicServicesIsRefusedNamingIt() {
        String estate = companyEstate("chunhua", "chunhua-xinhua");
        String company = registeredCompany();
        for (String service : List.of("gateDuty", "patrol", "cleaning", "parking")) {
            TestHttp.Response refused = admin().post("/api/agreements",
                    draftJson(estate, company, "2026-03-01", "2029-02-28", "1.20", service));
            assertThat(refused.status()).as(refused.body()).isEqualTo(422);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.body()).contains("missing-" + service);
        }
        assertThat(admin().post("/api/agreements", draftJson(estate, company, "2026-03-01", "2029-02-28", "1.20", "patrol")).body())
                .as("the basic service named by its one platform label").contains("缺少基本服务：" + BasicService.PATROL.label());
        assertThat(admin().header("Accept-Language", "en").post("/api/agreements",
                draftJson(estate, company, "2026-03-01", "2029-02-28", "1.20", "patrol")).body())
                .contains("The basic service 'patrol' is missing");
        TestHttp.Response none = admin().post("/api/agreements", draftJson(estate, company, "2026-03-01", "2029-02-28", "1.20", "*"));
        assertThat(none.status()).as(none.body()).isEqualTo(422);
        assertThat(none.body()).contains("missing-gateDuty", "missing-patrol", "missing-cleaning", "missing-parking");
        assertThat(json(admin().get("/api/agreements?estate=" + estate)).get("page").get("totalElements").asInt()).isZero();
    }

    @Test
    @DisplayName("R-AGR-2: the fee must lie within every standard in force during the term, also one starting mid-term")
    void theFeeMustLieWithinEveryStandardInForceDuringTheTerm() {
        String estate = companyEstate("chunhua", "chunhua-xinhua");
        String company = registeredCompany();
        standards(admin());
        // 1.45 fits the 2025 band (0.80–1.50) in force on the signing day, not the one from 1 March 2026 (0.90–1.40)
        String id = json(admin().post("/api/agreements", draftJson(estate, company, "2026-01-01", "2028-12-31", "1.45", null)))
                .get("id").asString();

        TestHttp.Response refused = admin().post("/api/agreements/" + id + "/signing", "{\"signedOn\": \"2026-02-27\"}");
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("fee-outside-standard", "2026-03-01/2028-12-31").doesNotContain("2026-01-01/2026-02-28");
        assertThat(json(admin().get("/api/agreements/" + id)).get("status").get("code").asString()).isEqualTo("DRAFT");

        String fits = json(admin().post("/api/agreements", draftJson(estate, company, "2026-01-01", "2028-12-31", "1.35", null)))
                .get("id").asString();
        TestHttp.Response signed = admin().post("/api/agreements/" + fits + "/signing", "{\"signedOn\": \"2026-02-27\"}");
        assertThat(signed.status()).as(signed.body()).isEqualTo(200);

        JsonNode inForce = json(admin().get("/api/fee-standards?estateClass=CLASS_2&basis=PER_SQUARE_METRE_MONTH&inForceOn=2026-02-27"))
                .get("content");
        assertThat(inForce).hasSize(1);
        assertThat(inForce.get(0).get("maximum").decimalValue()).isEqualByComparingTo("1.50");
        assertThat(json(admin().get("/api/fee-standards?estateClass=CLASS_2&basis=PER_SQUARE_METRE_MONTH&inForceOn=2026-03-01"))
                .get("content").get(0).get("maximum").decimalValue()).isEqualByComparingTo("1.40");
    }

    @Test
    @DisplayName("R-AGR-2: the estate's fee class is effective-dated; the class in force on each day of the term applies")
    void theFeeClassIsEffectiveDatedAndAnnounced() {
        String estate = companyEstate("chunhua", "chunhua-xinhua");
        standards(admin());
        TestHttp.Response put = admin().send("PUT", "/api/estates/" + estate + "/fee-class",
                "{\"estateClass\": \"CLASS_3\", \"from\": \"2027-01-01\"}");
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        JsonNode classes = json(admin().get("/api/estates/" + estate + "/fee-class"));
        assertThat(classes.get("estateClass").asString()).isEqualTo("CLASS_2");
        assertThat(classes.get("periods")).hasSize(2);
        assertThat(classes.get("periods").get(0).get("to").asString()).isEqualTo("2026-12-31");
        assertThat(classes.get("periods").get(1).get("estateClass").asString()).isEqualTo("CLASS_3");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> AGREEMENT_EVENTS.of(estate).stream()
                .anyMatch(e -> e.type().equals("agreements.fee-class.changed") && e.payload().contains("2027-01-01")));

        // no CLASS_3 standard per square metre: the days from 2027 have none
        String id = json(admin().post("/api/agreements", draftJson(estate, registeredCompany(), "2026-04-01", "2028-03-31", "1.20",
                null))).get("id").asString();
        TestHttp.Response refused = admin().post("/api/agreements/" + id + "/signing", "{}");
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("no-standard", "2027-01-01/2028-03-31");

        TestHttp.Response undated = admin().send("PUT", "/api/estates/" + estate + "/fee-class", "{\"estateClass\": \"CLASS_2\"}");
        assertThat(undated.status()).isEqualTo(400);
        assertThat(json(admin().get("/api/estates/" + estate + "/fee-class")).get("periods")).hasSize(2);
    }

    @Test
    @DisplayName("R-AGR-2: an estate the district has put in no fee class cannot sign")
    void anEstateWithoutAFeeClassCannotSign() {
        String estate = estate("chunhua", "chunhua-xinhua", "SERVICE_COMPANY");
        String company = registeredCompany();
        standards(admin());
        String id = json(admin().post("/api/agreements", draftJson(estate, company, "2026-03-01", "2029-02-28", "1.20", null)))
                .get("id").asString();
        TestHttp.Response refused = admin().post("/api/agreements/" + id + "/signing", "{}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("no-estate-class");
    }

    @Test
    @DisplayName("R-AGR-1: one agreement per estate at a time")
    void onlyOneAgreementPerEstateAtATime() {
        String estate = companyEstate("chunhua", "chunhua-xinhua");
        String first = signedAgreement(estate, registeredCompany(), "2026-03-01", "2027-02-28");

        String rival = json(admin().post("/api/agreements", draftJson(estate, registeredCompany(), "2026-06-01", "2028-05-31", "1.20", null)))
                .get("id").asString();
        TestHttp.Response refused = admin().post("/api/agreements/" + rival + "/signing", "{}");
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("one-agreement-at-a-time", first);

        // the next term, after the first ends, is fine: signed now, in force later
        TestHttp.Response renewal = admin().post("/api/agreements/" + first + "/renewal", "{\"termEnd\": \"2030-02-28\"}");
        assertThat(renewal.status()).as(renewal.body()).isEqualTo(201);
        assertThat(json(renewal).get("termStart").asString()).isEqualTo("2027-03-01");
        assertThat(json(renewal).get("renews").asString()).isEqualTo(first);
        String next = json(renewal).get("id").asString();
        TestHttp.Response signed = admin().post("/api/agreements/" + next + "/signing", "{}");
        assertThat(signed.status()).as(signed.body()).isEqualTo(200);
        assertThat(json(signed).get("status").get("code").asString()).isEqualTo("SIGNED");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> AGREEMENT_EVENTS.of(estate).stream()
                .anyMatch(e -> e.type().equals("agreements.agreement.renewed") && e.subject().equals(next)));

        // ended early, the first frees the rest of its term, but not the part it was (or will be) in force,
        // however long after the termination the next one is signed
        TestHttp.Response ended = admin().post("/api/agreements/" + first + "/termination",
                "{\"lastDay\": \"2026-05-31\", \"reason\": \"BY_PARTIES\", \"note\": \"协商解除\"}");
        assertThat(ended.status()).as(ended.body()).isEqualTo(200);
        String overlapping = json(admin().post("/api/agreements", draftJson(estate, registeredCompany(), "2026-05-01", "2027-02-28", "1.20", null)))
                .get("id").asString();
        try {
            CLOCK.advance(Duration.ofMinutes(10));
            TestHttp.Response stillHeld = admin().post("/api/agreements/" + overlapping + "/signing", "{}");
            assertThat(stillHeld.status()).as(stillHeld.body()).isEqualTo(422);
            assertThat(stillHeld.body()).contains("one-agreement-at-a-time", first);
        } finally {
            CLOCK.set(START);
        }
        String gap = json(admin().post("/api/agreements", draftJson(estate, registeredCompany(), "2026-06-01", "2027-02-28", "1.20", null)))
                .get("id").asString();
        assertThat(admin().post("/api/agreements/" + gap + "/signing", "{}").status()).isEqualTo(200);
    }

    @Test
    @DisplayName("R-AGR-1, R-MODE-1: only included estates in the company mode take agreements")
    void onlyIncludedEstatesInTheCompanyModeTakeAgreements() {
        String company = registeredCompany();
        String registeredOnly = estate("chunhua", "chunhua-xinhua", null);
        String selfGoverned = estate("chunhua", "chunhua-xinhua", "RESIDENT_SELF_GOVERNANCE");

        TestHttp.Response notIncluded = admin().post("/api/agreements", draftJson(registeredOnly, company, "2026-03-01", "2029-02-28", "1.20", null));
        assertThat(notIncluded.status()).isEqualTo(422);
        assertThat(notIncluded.body()).contains("estate-not-included");
        TestHttp.Response notCompanyMode = admin().post("/api/agreements", draftJson(selfGoverned, company, "2026-03-01", "2029-02-28", "1.20", null));
        assertThat(notCompanyMode.status()).isEqualTo(422);
        assertThat(notCompanyMode.body()).contains("not-company-mode").doesNotContain("estate-not-included");
        TestHttp.Response unknown = admin().post("/api/agreements", draftJson("e-never-announced", company, "2026-03-01", "2029-02-28", "1.20", null));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.body()).contains("unknown-estate");
    }

    @Test
    void aSuspendedCompanySignsNothingNew() {
        String estate = companyEstate("chunhua", "chunhua-xinhua");
        String company = registeredCompany();
        standards(admin());
        String id = json(admin().post("/api/agreements", draftJson(estate, company, "2026-03-01", "2029-02-28", "1.20", null)))
                .get("id").asString();
        assertThat(admin().post("/api/companies/" + company + "/suspension", "{\"reason\": \"服务质量考核不合格\"}").status()).isEqualTo(200);

        TestHttp.Response refused = admin().post("/api/agreements/" + id + "/signing", "{}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("company-not-active");

        assertThat(admin().post("/api/companies/" + company + "/reinstatement", "{\"reason\": \"整改完成\"}").status()).isEqualTo(200);
        assertThat(admin().post("/api/agreements/" + id + "/signing", "{}").status()).isEqualTo(200);
    }

    @Test
    @DisplayName("R-EXIT-2: an exit dated later keeps the agreement in force until the day before, then ends it on the day")
    void aFutureExitEndsTheAgreementOnItsDayNotOnArrival() {
        String estate = companyEstate("chunhua", "chunhua-xinhua");
        String id = signedAgreement(estate, registeredCompany(), "2026-03-01", "2029-02-28");

        publish(estate, 3, EstateEvents.EXITED, new EstateExited(estate, "chunhua", "chunhua-xinhua", "DEMOLITION",
                LocalDate.of(2026, 9, 1)));

        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> json(admin().get("/api/agreements/" + id)).get("flags").toString().contains("EXIT_SCHEDULED"));
        JsonNode scheduled = json(admin().get("/api/agreements/" + id));
        assertThat(scheduled.get("status").get("code").asString()).isEqualTo("ACTIVE");
        assertThat(scheduled.get("flags").get(0).get("since").asString()).isEqualTo("2026-09-01");
        assertThat(scheduled.path("lastDay").isMissingNode() || scheduled.path("lastDay").isNull()).isTrue();
        try {
            CLOCK.set(LocalDate.of(2026, 8, 31).atTime(23, 0).atZone(org.estatecare.agreements.agreement.Agreement.BUSINESS_ZONE)
                    .toInstant());
            calendar.advance();
            assertThat(json(admin().get("/api/agreements/" + id)).get("status").get("code").asString())
                    .as("still in force on its last day").isEqualTo("ACTIVE");

            CLOCK.set(LocalDate.of(2026, 9, 1).atTime(0, 30).atZone(org.estatecare.agreements.agreement.Agreement.BUSINESS_ZONE)
                    .toInstant());
            calendar.advance();
            JsonNode ended = json(admin().get("/api/agreements/" + id));
            assertThat(ended.get("status").get("code").asString()).isEqualTo("TERMINATED");
            assertThat(ended.get("lastDay").asString()).isEqualTo("2026-08-31");
            assertThat(ended.get("endReason").asString()).isEqualTo("ESTATE_EXITED");
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> AGREEMENT_EVENTS.of(estate).stream()
                    .anyMatch(e -> e.type().equals("agreements.agreement.terminated") && e.payload().contains("2026-08-31")));

            // the pass and the exit, repeated, change nothing more: still one termination event
            calendar.advance();
            publish(estate, 3, EstateEvents.EXITED, new EstateExited(estate, "chunhua", "chunhua-xinhua", "DEMOLITION",
                    LocalDate.of(2026, 9, 1)));
            long revision = json(admin().get("/api/agreements/" + id)).get("revision").asLong();
            publish(estate, 4, EstateEvents.DETAILS_CHANGED, new EstateDetailsChanged(estate, "春华里（拆除）", "chunhua",
                    "chunhua-xinhua", "春华街1号", 12, 480, new java.math.BigDecimal("31250.50"), null));
            Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> estates.find(new EstateId(estate)).map(e -> e.name().equals("春华里（拆除）")).orElse(false));
            assertThat(json(admin().get("/api/agreements/" + id)).get("revision").asLong()).isEqualTo(revision);
            assertThat(AGREEMENT_EVENTS.of(estate).stream().filter(e -> e.type().equals("agreements.agreement.terminated")))
                    .hasSize(1);
        } finally {
            CLOCK.set(START);
        }
    }

    @Test
    @DisplayName("R-EXIT-2: a term running past an exit already decided cannot be signed")
    void aTermRunningPastADecidedExitIsNotSigned() {
        String estate = companyEstate("chunhua", "chunhua-xinhua");
        publish(estate, 3, EstateEvents.EXITED, new EstateExited(estate, "chunhua", "chunhua-xinhua", "DEMOLITION",
                LocalDate.of(2026, 9, 1)));
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> estates.find(new EstateId(estate)).map(e -> e.exitFrom() != null).orElse(false));

        TestHttp.Response refused = admin().post("/api/agreements",
                draftJson(estate, registeredCompany(), "2026-04-01", "2027-03-31", "1.20", null));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("exit-within-term", "2026-09-01");
        assertThat(admin().post("/api/agreements", draftJson(estate, registeredCompany(), "2026-04-01", "2026-08-31", "1.20",
                null)).status()).isEqualTo(201);
    }

    @Test
    @DisplayName("R-EXIT-2: an exit shortens an agreement already ending later")
    void anExitShortensAnAgreementAlreadyEndingLater() {
        String estate = companyEstate("chunhua", "chunhua-xinhua");
        String id = signedAgreement(estate, registeredCompany(), "2026-03-01", "2029-02-28");
        assertThat(admin().post("/api/agreements/" + id + "/termination",
                "{\"lastDay\": \"2026-12-31\", \"reason\": \"BY_PARTIES\"}").status()).isEqualTo(200);

        publish(estate, 3, EstateEvents.EXITED, new EstateExited(estate, "chunhua", "chunhua-xinhua", "DEMOLITION",
                LocalDate.of(2026, 9, 1)));

        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> json(admin().get("/api/agreements/" + id)).get("lastDay").asString().equals("2026-08-31"));
        assertThat(json(admin().get("/api/agreements/" + id)).get("endReason").asString()).isEqualTo("ESTATE_EXITED");
    }

    @Test
    void anAgreementInForceCannotBeTerminatedBeforeItsFirstDay() {
        String id = signedAgreement(companyEstate("chunhua", "chunhua-xinhua"), registeredCompany(), "2026-03-01", "2029-02-28");
        TestHttp.Response refused = admin().post("/api/agreements/" + id + "/termination",
                "{\"lastDay\": \"2025-12-31\", \"reason\": \"BY_PARTIES\"}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("termination-before-start");
        assertThat(json(admin().get("/api/agreements/" + id)).get("status").get("code").asString()).isEqualTo("ACTIVE");
    }

    @Test
    void whenTheRegistryMovesTheEstateItsAgreementAndReportsFollowAndSoDoesScope() {
        String estate = companyEstate("chunhua", "chunhua-xinhua");
        String id = signedAgreement(estate, registeredCompany(), "2026-03-01", "2029-02-28");

        publish(estate, 3, EstateEvents.DETAILS_CHANGED, new EstateDetailsChanged(estate, "春华里", "dongxin", "dongxin-huaxin",
                "东新街1号", 12, 480, new java.math.BigDecimal("31250.50"), null));

        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> json(admin().get("/api/agreements/" + id)).get("street").asString().equals("dongxin"));
        assertThat(streetOfficer("chunhua").get("/api/agreements/" + id).status()).isEqualTo(404);
        assertThat(streetOfficer("dongxin").get("/api/agreements/" + id).status()).isEqualTo(200);
        assertThat(json(admin().get("/api/agreements/" + id)).get("community").asString()).isEqualTo("dongxin-huaxin");
    }

    @Test
    @DisplayName("R-MODE-1: a mode away from the service company dated later flags the agreement on its day, not before")
    void aModeChangeAwayFromTheCompanyModeFlagsTheAgreementOnItsDay() {
        String estate = companyEstate("chunhua", "chunhua-xinhua");
        String id = signedAgreement(estate, registeredCompany(), "2026-03-01", "2029-02-28");

        publish(estate, 3, EstateEvents.MANAGEMENT_MODE_CHANGED, new ManagementModeChanged(estate, "chunhua", "chunhua-xinhua",
                "OWNER_SELF_MANAGEMENT", LocalDate.of(2026, 7, 1)));
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> estates.find(new EstateId(estate)).map(e -> e.modes().size() == 2).orElse(false));
        calendar.advance();
        assertThat(json(admin().get("/api/agreements/" + id)).get("flags")).isEmpty();
        try {
            CLOCK.set(LocalDate.of(2026, 7, 1).atTime(8, 0).atZone(org.estatecare.agreements.agreement.Agreement.BUSINESS_ZONE)
                    .toInstant());
            calendar.advance();
            JsonNode agreement = json(admin().get("/api/agreements/" + id));
            assertThat(agreement.get("flags").get(0).get("code").asString()).isEqualTo("MODE_CHANGED");
            assertThat(agreement.get("flags").get(0).get("since").asString()).isEqualTo("2026-07-01");
            assertThat(agreement.get("status").get("code").asString()).isEqualTo("ACTIVE");
        } finally {
            CLOCK.set(START);
        }
        // a term starting after the mode change is refused at drafting
        TestHttp.Response refused = admin().post("/api/agreements",
                draftJson(estate, registeredCompany(), "2029-03-01", "2030-02-28", "1.20", null));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("not-company-mode");
    }

    @Test
    @DisplayName("R-AGR-1: an amendment adds a version and keeps the earlier ones")
    void anAmendmentAddsAVersionAndKeepsTheEarlierOnes() {
        String estate = companyEstate("chunhua", "chunhua-xinhua");
        String id = signedAgreement(estate, registeredCompany(), "2026-03-01", "2029-02-28");
        TestHttp.Response current = admin().get("/api/agreements/" + id);
        String amendment = """
                {"effectiveFrom": "2026-07-01", "reason": "业主大会决定增加巡查频次",
                 "basicServices": {"gateDuty": {"hoursPerDay": 24, "posts": 2}, "patrol": {"roundsPerDay": 6},
                   "cleaning": {"timesPerWeek": 7, "scope": "楼道、道路、绿地"}, "parking": {"scope": "施划停车位"}},
                 "extras": [], "fee": {"basis": "PER_SQUARE_METRE_MONTH", "amount": 1.30}}""";

        assertThat(admin().post("/api/agreements/" + id + "/amendments", amendment).status()).isEqualTo(428);
        assertThat(admin().header("If-Match", "\"0\"").post("/api/agreements/" + id + "/amendments", amendment).status()).isEqualTo(412);
        TestHttp.Response amended = admin().header("If-Match", current.header("ETag")).post("/api/agreements/" + id + "/amendments", amendment);
        assertThat(amended.status()).as(amended.body()).isEqualTo(200);

        JsonNode versions = json(amended).get("versions");
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).get("basicServices").get("patrol").get("roundsPerDay").asInt()).isEqualTo(4);
        assertThat(versions.get(0).get("fee").get("amount").decimalValue()).isEqualByComparingTo("1.20");
        assertThat(versions.get(1).get("version").asInt()).isEqualTo(2);
        assertThat(versions.get(1).get("effectiveFrom").asString()).isEqualTo("2026-07-01");
        assertThat(versions.get(1).get("basicServices").get("patrol").get("roundsPerDay").asInt()).isEqualTo(6);
        // version 2 waits for 1 July: today the signed terms are in force
        assertThat(json(amended).get("currentTerms").get("version").asInt()).isEqualTo(1);
        assertThat(json(amended).get("currentTerms").get("fee").get("amount").decimalValue()).isEqualByComparingTo("1.20");
        assertThat(json(admin().get("/api/agreements/" + id + "/history")).path("content").findValuesAsString("action"))
                .containsSubsequence("drafted", "signed", "amended");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> AGREEMENT_EVENTS.of(estate).stream()
                .anyMatch(e -> e.type().equals("agreements.agreement.amended") && e.subject().equals(id)));
    }

    @Test
    void theCalendarStartsTheNextTermAndExpiresTheEndedOne() {
        String estate = companyEstate("chunhua", "chunhua-xinhua");
        String first = signedAgreement(estate, registeredCompany(), "2026-01-01", "2026-03-31");
        String next = json(admin().post("/api/agreements/" + first + "/renewal", "{\"termEnd\": \"2027-03-31\"}")).get("id").asString();
        assertThat(admin().post("/api/agreements/" + next + "/signing", "{}").status()).isEqualTo(200);
        try {
            CLOCK.set(START.plus(Duration.ofDays(22))); // 1 April 2026
            calendar.advance();
            assertThat(json(admin().get("/api/agreements/" + first)).get("status").get("code").asString()).isEqualTo("EXPIRED");
            assertThat(json(admin().get("/api/agreements/" + next)).get("status").get("code").asString()).isEqualTo("ACTIVE");
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> AGREEMENT_EVENTS.of(estate).stream()
                    .anyMatch(e -> e.type().equals("agreements.agreement.expired") && e.subject().equals(first)));
        } finally {
            CLOCK.set(START);
        }
    }

    @Test
    void badInputGetsAProblemAndChangesNothing() {
        String estate = companyEstate("chunhua", "chunhua-xinhua");
        String company = registeredCompany();
        TestHttp.Response badFee = admin().post("/api/agreements", draftJson(estate, company, "2026-03-01", "2029-02-28", "-1", null));
        assertThat(badFee.status()).isEqualTo(400);
        assertThat(badFee.header("Content-Type")).startsWith("application/problem+json");
        TestHttp.Response backwards = admin().post("/api/agreements", draftJson(estate, company, "2029-03-01", "2026-02-28", "1.20", null));
        assertThat(backwards.status()).isEqualTo(422);
        assertThat(backwards.body()).contains("term-order");
        TestHttp.Response unknownField = admin().post("/api/agreements", draftJson(estate, company, "2026-03-01", "2029-02-28", "1.20", null)
                .replace("\"termStart\"", "\"surprise\": 1, \"termStart\""));
        assertThat(unknownField.status()).isEqualTo(400);
        TestHttp.Response exitByHand = admin().post("/api/agreements/x/termination", "{\"lastDay\": \"2026-05-31\", \"reason\": \"ESTATE_EXITED\"}");
        assertThat(exitByHand.status()).isIn(400, 404);
        assertThat(json(admin().get("/api/agreements?estate=" + estate)).get("page").get("totalElements").asInt()).isZero();
    }

    @Test
    void aCompanySeesOnlyItsOwnAgreementsAndAStreetOfficerOnlyTheirStreets() {
        String ownCompany = registeredCompany();
        String otherCompany = registeredCompany();
        String chunhua = signedAgreement(companyEstate("chunhua", "chunhua-xinhua"), ownCompany, "2026-03-01", "2029-02-28");
        String dongxin = signedAgreement(companyEstate("dongxin", "dongxin-huaxin"), otherCompany, "2026-03-01", "2029-02-28");

        assertThat(ids(company(ownCompany).get("/api/agreements?size=200"))).contains(chunhua).doesNotContain(dongxin);
        assertThat(company(ownCompany).get("/api/agreements/" + dongxin).status()).isEqualTo(404);
        assertThat(ids(streetOfficer("chunhua").get("/api/agreements?size=200"))).contains(chunhua).doesNotContain(dongxin);
        assertThat(streetOfficer("chunhua").get("/api/agreements/" + dongxin).status()).isEqualTo(404);
        assertThat(streetOfficer("chunhua").post("/api/agreements/" + dongxin + "/termination",
                "{\"lastDay\": \"2026-05-31\", \"reason\": \"BY_PARTIES\"}").status()).isEqualTo(404);
        assertThat(json(admin().get("/api/agreements/" + dongxin)).get("status").get("code").asString()).isEqualTo("ACTIVE");
        assertThat(ids(as("resident", "resident", Map.of()).get("/api/agreements"))).isEmpty();
    }

    @Test
    void theAgreementsGaugeCountsEveryStatusForGrafana() {
        String estate = companyEstate("chunhua", "chunhua-xinhua");
        gauges.refresh();
        double active = activeGauge();
        signedAgreement(estate, registeredCompany(), "2026-03-01", "2029-02-28");

        gauges.refresh();
        assertThat(activeGauge()).isEqualTo(active + 1);
        String scrape = new TestHttp("http://127.0.0.1:" + managementPort, null).get("/actuator/prometheus").body();
        for (String status : List.of("DRAFT", "SIGNED", "ACTIVE", "EXPIRED", "TERMINATED")) {
            assertThat(PrometheusText.value(scrape, "estatecare_agreements", Map.of("application", "agreements", "status", status)))
                    .as(status).isPresent();
        }
    }

    @Test
    void listsSortOnlyByTheirListedPropertiesAndPageInOneShape() {
        String estate = companyEstate("chunhua", "chunhua-xinhua");
        String first = signedAgreement(estate, registeredCompany(), "2026-03-01", "2027-02-28");
        String next = json(admin().post("/api/agreements/" + first + "/renewal", "{\"termEnd\": \"2030-02-28\"}")).get("id").asString();

        assertThat(ids(admin().get("/api/agreements?estate=" + estate))).containsExactly(next, first);
        assertThat(ids(admin().get("/api/agreements?estate=" + estate + "&sort=termStart,asc"))).containsExactly(first, next);
        JsonNode page = json(admin().get("/api/agreements?estate=" + estate + "&size=1&page=1"));
        assertThat(page.get("page").get("totalElements").asInt()).isEqualTo(2);
        assertThat(page.get("content").findValuesAsString("id")).containsExactly(first);
        for (String refused : List.of("/api/agreements?sort=outbox", "/api/agreements?size=201", "/api/companies?sort=contacts",
                "/api/fee-standards?sort=setBy", "/api/estates/" + estate + "/fee-publications?sort=publishedBy")) {
            TestHttp.Response response = admin().get(refused);
            assertThat(response.status()).as(refused).isEqualTo(400);
            assertThat(response.header("Content-Type")).as(refused).startsWith("application/problem+json");
        }
        assertThat(json(admin().get("/api/companies?sort=name,desc&size=2")).get("content")).hasSize(2);
    }

    @Test
    void typedIdsAreTextInTheApiDocument() {
        JsonNode schemas = json(admin().get("/v3/api-docs")).get("components").get("schemas");
        assertThat(schemas.get("DraftBody").get("properties").get("estateId").path("type").asString()).as(schemas.get("DraftBody")
                .toString()).isEqualTo("string");
        assertThat(schemas.get("AgreementView").get("properties").get("id").path("type").asString()).isEqualTo("string");
        assertThat(schemas.get("PublicationView").get("properties").get("id").path("type").asString()).isEqualTo("string");
    }

    double activeGauge() {
        return PrometheusText.value(new TestHttp("http://127.0.0.1:" + managementPort, null).get("/actuator/prometheus").body(),
                "estatecare_agreements", Map.of("status", "ACTIVE")).orElse(0);
    }

    private static List<String> ids(TestHttp.Response page) {
        return json(page).get("content").findValuesAsString("id");
    }
}
