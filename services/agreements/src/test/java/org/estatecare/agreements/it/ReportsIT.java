package org.estatecare.agreements.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;

import org.awaitility.Awaitility;
import org.estatecare.agreements.agreement.Agreement;
import org.estatecare.events.estates.EstateEvents;
import org.estatecare.events.estates.ManagementCommitteeChanged;
import org.estatecare.events.ids.EstateId;
import org.estatecare.testing.EventTap;
import org.estatecare.testing.TestHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Fee collection, the quarterly publication to residents and the subsidy-use report, over HTTP. */
class ReportsIT extends AgreementsServiceIT {

    static final java.time.Instant SECOND_OF_APRIL = LocalDateTime.of(2026, 4, 2, 10, 0).atZone(Agreement.BUSINESS_ZONE).toInstant();

    @AfterEach
    void backToStart() {
        CLOCK.set(START);
    }

    @Test
    @DisplayName("R-AGR-4: a quarter is published from its three recorded months, with the right figures")
    void aQuarterIsPublishedFromItsThreeMonthsWithTheRightNumbers() {
        String estate = companyEstate("chunhua", "chunhua-xinhua");
        String companyId = registeredCompany();
        String agreement = signedAgreement(estate, companyId, "2026-01-01", "2028-12-31");
        TestHttp company = company(companyId);
        record(company, estate, "2026-01", 480, 432, "36000.00", "32400.00");
        record(company, estate, "2026-02", 480, 440, "36000.00", "33000.00");

        String uses = """
                {"quarter": "2026-Q1", "uses": [
                  {"category": "STAFF", "amount": 60000.00, "note": "保安、保洁人员工资"},
                  {"category": "CLEANING_SUPPLIES", "amount": 8000.50},
                  {"category": "REPAIRS", "amount": 12000.00, "note": "单元门禁维修"}]}""";
        TestHttp.Response early = company.post("/api/estates/" + estate + "/fee-publications", uses);
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.body()).contains("quarter-not-over");

        CLOCK.set(SECOND_OF_APRIL);
        TestHttp.Response incomplete = company.post("/api/estates/" + estate + "/fee-publications", uses);
        assertThat(incomplete.status()).isEqualTo(422);
        assertThat(incomplete.body()).contains("month-not-recorded", "\"about\":\"2026-03\"")
                .doesNotContain("\"about\":\"2026-02\"");

        // a refused publication leaves the recorded months open to correction
        record(company, estate, "2026-02", 480, 440, "36000.00", "33000.00");
        record(company, estate, "2026-03", 480, 456, "36000.00", "34250.50");
        TestHttp.Response published = company.post("/api/estates/" + estate + "/fee-publications", uses);
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        JsonNode figures = json(published).get("figures");
        assertThat(figures.get("householdsBilled").asInt()).isEqualTo(1440);
        assertThat(figures.get("householdsPaid").asInt()).isEqualTo(1328);
        assertThat(figures.get("amountBilled").decimalValue()).isEqualByComparingTo("108000.00");
        assertThat(figures.get("amountCollected").decimalValue()).isEqualByComparingTo("99650.50");
        assertThat(figures.get("collectionRate").decimalValue()).isEqualByComparingTo("0.9227");
        assertThat(figures.get("householdPaymentRate").decimalValue()).isEqualByComparingTo("0.9222");
        assertThat(figures.get("amountSpent").decimalValue()).isEqualByComparingTo("80000.50");
        assertThat(figures.get("balance").decimalValue()).isEqualByComparingTo("19650.00");
        assertThat(json(published).get("agreementId").asString()).isEqualTo(agreement);
        String id = json(published).get("id").asString();

        TestHttp.Response notice = as("resident", "resident", Map.of()).header("Accept", "text/html").get("/api/fee-publications/" + id);
        assertThat(notice.status()).isEqualTo(200);
        assertThat(notice.header("Content-Type")).startsWith("text/html");
        assertThat(notice.body()).contains("物业服务费收缴及使用情况公示", "2026年第1季度", "2026年1月1日至2026年3月31日",
                "安居物业服务有限公司 " + companyId, "92.27%", "99650.50", "人员费用", "保安、保洁人员工资", "结余 19650.00 元", "公示日期：2026年4月2日");

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> AGREEMENT_EVENTS.of(estate).stream()
                .anyMatch(e -> e.type().equals("agreements.fee-period.published")));
        EventTap.Received event = AGREEMENT_EVENTS.of(estate).stream()
                .filter(e -> e.type().equals("agreements.fee-period.published")).findFirst().orElseThrow();
        assertThat(JSON.readTree(event.payload()).get("collectionRate").decimalValue()).isEqualByComparingTo("0.9227");

        // published numbers stay what residents saw
        assertThat(company.post("/api/estates/" + estate + "/fee-publications", uses).status()).isEqualTo(409);
        TestHttp.Response change = company.send("PUT", "/api/estates/" + estate + "/fee-collections/2026-02",
                collection(480, 480, "36000.00", "36000.00"));
        assertThat(change.status()).isEqualTo(409);
        assertThat(json(company.get("/api/estates/" + estate + "/fee-collections?from=2026-01&to=2026-03")).get("content").get(1)
                .get("householdsPaid").asInt()).isEqualTo(440);
    }

    @Test
    void monthsAreRecordedOnlyByTheCompanyServingTheEstateAndMakeSense() {
        String estate = companyEstate("chunhua", "chunhua-xinhua");
        String companyId = registeredCompany();
        signedAgreement(estate, companyId, "2026-01-01", "2028-12-31");
        String stranger = registeredCompany();

        assertThat(company(stranger).send("PUT", "/api/estates/" + estate + "/fee-collections/2026-01",
                collection(480, 432, "36000.00", "32400.00")).status()).isEqualTo(404);
        TestHttp.Response beforeTerm = company(companyId).send("PUT", "/api/estates/" + estate + "/fee-collections/2025-12",
                collection(480, 432, "36000.00", "32400.00"));
        assertThat(beforeTerm.status()).isEqualTo(422);
        assertThat(beforeTerm.body()).contains("no-agreement-in-period");
        TestHttp.Response overpaid = company(companyId).send("PUT", "/api/estates/" + estate + "/fee-collections/2026-01",
                collection(480, 481, "36000.00", "32400.00"));
        assertThat(overpaid.status()).isEqualTo(422);
        assertThat(overpaid.body()).contains("paid-more-than-billed");
        TestHttp.Response overcollected = company(companyId).send("PUT", "/api/estates/" + estate + "/fee-collections/2026-01",
                collection(480, 432, "36000.00", "36000.01"));
        assertThat(overcollected.status()).isEqualTo(422);
        assertThat(overcollected.body()).contains("collected-more-than-billed");
        assertThat(company(companyId).send("PUT", "/api/estates/" + estate + "/fee-collections/2026-01",
                collection(480, 432, "36000.001", "32400.00")).status()).as("more decimals than yuan have").isEqualTo(400);
        assertThat(company(companyId).send("PUT", "/api/estates/" + estate + "/fee-collections/2026-13",
                collection(480, 432, "36000.00", "32400.00")).status()).isEqualTo(400);
        assertThat(json(admin().get("/api/estates/" + estate + "/fee-collections?from=2025-01&to=2026-12")).get("content")).isEmpty();
    }

    @Test
    @DisplayName("R-AGR-3, R-COMM-1: the subsidy use is reported to the community and to the committee that signs for the residents now, and announced")
    void theSubsidyUseIsReportedToTheCommunityAndTheCommitteeAndAnnounced() {
        String estate = companyEstate("chunhua", "chunhua-xinhua");
        String companyId = registeredCompany();
        signedAgreement(estate, companyId, "2026-01-01", "2028-12-31"); // signed by the acting residents' committee
        // a management committee formed since: the report goes to it
        publish(estate, 3, EstateEvents.MANAGEMENT_COMMITTEE_CHANGED, new ManagementCommitteeChanged(estate, "chunhua",
                "chunhua-xinhua", "MANAGEMENT_COMMITTEE", 7));
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> estates.find(new EstateId(estate)).map(e -> e.signingParty().equals("MANAGEMENT_COMMITTEE")).orElse(false));
        CLOCK.set(SECOND_OF_APRIL);

        TestHttp.Response tooMuch = company(companyId).post("/api/estates/" + estate + "/subsidy-use-reports", """
                {"quarter": "2026-Q1", "subsidyReceived": 100.00, "uses": [{"category": "STAFF", "amount": 200.00}]}""");
        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(tooMuch.body()).contains("used-more-than-received");

        TestHttp.Response reported = company(companyId).post("/api/estates/" + estate + "/subsidy-use-reports", """
                {"quarter": "2026-Q1", "subsidyReceived": 43200.00, "uses": [
                  {"category": "STAFF", "amount": 30000.00}, {"category": "EQUIPMENT", "amount": 5000.00, "note": "监控摄像头"},
                  {"category": "REPAIRS", "amount": 4200.00}]}""");
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);
        JsonNode report = json(reported);
        assertThat(report.get("totalUsed").decimalValue()).isEqualByComparingTo("39200.00");
        assertThat(report.get("unused").decimalValue()).isEqualByComparingTo("4000.00");
        assertThat(report.get("submittedTo").values().stream().map(JsonNode::asString))
                .containsExactly("COMMUNITY:chunhua-xinhua", "MANAGEMENT_COMMITTEE");

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> AGREEMENT_EVENTS.of(estate).stream()
                .anyMatch(e -> e.type().equals("agreements.subsidy-use.reported")));
        JsonNode payload = JSON.readTree(AGREEMENT_EVENTS.of(estate).stream()
                .filter(e -> e.type().equals("agreements.subsidy-use.reported")).findFirst().orElseThrow().payload());
        assertThat(payload.get("uses")).hasSize(3);
        assertThat(payload.get("totalUsed").decimalValue()).isEqualByComparingTo("39200.00");

        String id = report.get("id").asString();
        assertThat(as("auditor", "auditor", Map.of()).get("/api/subsidy-use-reports/" + id).status()).isEqualTo(200);
        assertThat(as("chunhua-community", "community-officer", Map.of("community", "chunhua-xinhua"))
                .get("/api/subsidy-use-reports/" + id).status()).isEqualTo(200);
        assertThat(as("resident", "resident", Map.of()).get("/api/subsidy-use-reports/" + id).status()).isEqualTo(404);
        assertThat(streetOfficer("dongxin").get("/api/subsidy-use-reports/" + id).status()).isEqualTo(404);
        assertThat(company(companyId).post("/api/estates/" + estate + "/subsidy-use-reports", """
                {"quarter": "2026-Q1", "subsidyReceived": 43200.00, "uses": [{"category": "STAFF", "amount": 1.00}]}""").status())
                .isEqualTo(409);
    }

    @Test
    @DisplayName("R-AGR-3, R-AGR-4: a quarter split between two companies: each records, publishes and reports its own part; "
            + "the district names the earlier agreement to act for its part")
    void aQuarterSplitBetweenTwoCompaniesIsPublishedAndReportedByEach() {
        String estate = companyEstate("chunhua", "chunhua-xinhua");
        String first = registeredCompany();
        String second = registeredCompany();
        String firstAgreement = signedAgreement(estate, first, "2026-01-01", "2028-12-31");
        assertThat(admin().post("/api/agreements/" + firstAgreement + "/termination",
                "{\"lastDay\": \"2026-02-15\", \"reason\": \"COMPANY_WITHDRAWAL\"}").status()).isEqualTo(200);
        String secondAgreement = signedAgreement(estate, second, "2026-02-16", "2029-02-15");

        record(company(first), estate, "2026-01", 480, 432, "36000.00", "32400.00");
        // the district records the first company's February: the latest agreement's unless it names the first
        TestHttp.Response forTheFirst = admin().send("PUT", "/api/estates/" + estate + "/fee-collections/2026-02",
                collection(480, 430, "18000.00", "16000.00").replace("}", ", \"agreementId\": \"" + firstAgreement + "\"}"));
        assertThat(forTheFirst.status()).as(forTheFirst.body()).isEqualTo(200);
        assertThat(json(forTheFirst).get("agreementId").asString()).isEqualTo(firstAgreement);
        TestHttp.Response notInForce = admin().send("PUT", "/api/estates/" + estate + "/fee-collections/2026-03",
                collection(480, 430, "18000.00", "16000.00").replace("}", ", \"agreementId\": \"" + firstAgreement + "\"}"));
        assertThat(notInForce.status()).as("the first agreement was not in force in March").isEqualTo(422);
        assertThat(notInForce.body()).contains("no-agreement-in-period");
        record(company(second), estate, "2026-02", 480, 420, "18000.00", "15500.00");
        record(company(second), estate, "2026-03", 480, 450, "36000.00", "34000.00");
        assertThat(company(first).send("PUT", "/api/estates/" + estate + "/fee-collections/2026-03",
                collection(480, 432, "36000.00", "32400.00")).status()).as("the first company no longer served in March")
                .isEqualTo(422);

        CLOCK.set(SECOND_OF_APRIL);
        String uses = """
                {"quarter": "2026-Q1", "uses": [{"category": "STAFF", "amount": 10000.00}]}""";
        TestHttp.Response firstPart = company(first).post("/api/estates/" + estate + "/fee-publications", uses);
        assertThat(firstPart.status()).as(firstPart.body()).isEqualTo(201);
        assertThat(json(firstPart).get("agreementId").asString()).isEqualTo(firstAgreement);
        assertThat(json(firstPart).get("servedFrom").asString()).isEqualTo("2026-01-01");
        assertThat(json(firstPart).get("servedTo").asString()).isEqualTo("2026-02-15");
        assertThat(json(firstPart).get("months")).hasSize(2);
        assertThat(json(firstPart).get("figures").get("amountCollected").decimalValue()).isEqualByComparingTo("48400.00");

        TestHttp.Response secondPart = company(second).post("/api/estates/" + estate + "/fee-publications", uses);
        assertThat(secondPart.status()).as(secondPart.body()).isEqualTo(201);
        assertThat(json(secondPart).get("servedFrom").asString()).isEqualTo("2026-02-16");
        assertThat(json(secondPart).get("servedTo").asString()).isEqualTo("2026-03-31");
        assertThat(json(secondPart).get("figures").get("amountCollected").decimalValue()).isEqualByComparingTo("49500.00");
        assertThat(json(secondPart).get("id").asString()).isNotEqualTo(json(firstPart).get("id").asString());
        assertThat(company(second).post("/api/estates/" + estate + "/fee-publications", uses).status()).isEqualTo(409);
        assertThat(json(admin().get("/api/estates/" + estate + "/fee-publications")).get("content")).hasSize(2);

        String subsidy = """
                {"quarter": "2026-Q1", "subsidyReceived": 1000.00, "uses": [{"category": "STAFF", "amount": 800.00}]}""";
        TestHttp.Response firstReport = admin().post("/api/estates/" + estate + "/subsidy-use-reports",
                subsidy.replace("\"quarter\"", "\"agreementId\": \"" + firstAgreement + "\", \"quarter\""));
        TestHttp.Response secondReport = company(second).post("/api/estates/" + estate + "/subsidy-use-reports", subsidy);
        assertThat(firstReport.status()).as(firstReport.body()).isEqualTo(201);
        assertThat(secondReport.status()).as(secondReport.body()).isEqualTo(201);
        assertThat(json(firstReport).get("agreementId").asString()).isEqualTo(firstAgreement);
        assertThat(json(secondReport).get("agreementId").asString()).isEqualTo(secondAgreement);
        assertThat(json(admin().get("/api/estates/" + estate + "/subsidy-use-reports")).get("content")).hasSize(2);
    }

    private static void record(TestHttp company, String estate, String month, int billed, int paid, String amountBilled,
                               String collected) {
        TestHttp.Response response = company.send("PUT", "/api/estates/" + estate + "/fee-collections/" + month,
                collection(billed, paid, amountBilled, collected));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    private static String collection(int billed, int paid, String amountBilled, String collected) {
        return """
                {"householdsBilled": %d, "householdsPaid": %d, "amountBilled": %s, "amountCollected": %s}"""
                .formatted(billed, paid, amountBilled, collected);
    }
}
