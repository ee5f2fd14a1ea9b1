package org.estatecare.agreements.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;

import org.awaitility.Awaitility;
import org.bson.Document;
import org.estatecare.agreements.agreement.Agreement;
import org.estatecare.agreements.company.ServiceCompany;
import org.estatecare.agreements.report.FeeFigures;
import org.estatecare.agreements.report.FeeQuarter;
import org.estatecare.agreements.report.Spending;
import org.estatecare.agreements.report.SpendingCategory;
import org.estatecare.agreements.upgrade.FeeQuarterUpgrade;
import org.estatecare.agreements.upgrade.HistoryShapeUpgrade;
import org.estatecare.testing.TestHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;

/** Documents stored by earlier versions of the service, written as they were stored, read again over HTTP after the upgrade. */
class StoredDataUpgradeIT extends AgreementsServiceIT {

    static final Instant PUBLISHED_AT = LocalDateTime.of(2026, 4, 3, 15, 30).atZone(Agreement.BUSINESS_ZONE).toInstant();
    static final Instant SECOND_OF_JULY = LocalDateTime.of(2026, 7, 2, 10, 0).atZone(Agreement.BUSINESS_ZONE).toInstant();

    @Autowired
    MongoTemplate mongo;
    @Autowired
    HistoryShapeUpgrade historyShapeUpgrade;
    @Autowired
    FeeQuarterUpgrade feeQuarterUpgrade;

    @AfterEach
    void backToStart() {
        CLOCK.set(START);
    }

    @Test
    @DisplayName("An agreement's and a company's history stored in the old line shapes read again in the platform's shape, and grow")
    void historyStoredInTheOldShapesReadsAgainInThePlatformsShape() {
        String estate = companyEstate("chunhua", "chunhua-xinhua");
        String companyId = registeredCompany();
        String agreement = signedAgreement(estate, companyId, "2026-01-01", "2028-12-31");
        String agreements = mongo.getCollectionName(Agreement.class);
        String companies = mongo.getCollectionName(ServiceCompany.class);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> mongo.findById(agreement, Document.class, agreements)
                .getList("outbox", Object.class, List.of()).isEmpty());
        Date drafted = Date.from(START.minusSeconds(600));
        Date signed = Date.from(START.minusSeconds(300));
        mongo.updateFirst(Query.query(Criteria.where("_id").is(agreement)), new Update().set("history", List.of(
                new Document("action", "drafted").append("at", drafted).append("actor", "admin").append("status", "DRAFT")
                        .append("note", null),
                new Document("action", "signed").append("at", signed).append("actor", "admin").append("status", "ACTIVE")
                        .append("note", "signed on 2026-03-10"))), agreements);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(companyId)), new Update().unset("history").set("statusHistory", List.of(
                new Document("status", "ACTIVE").append("at", drafted).append("actor", "admin").append("reason", "registered"),
                new Document("status", "SUSPENDED").append("at", signed).append("actor", "admin").append("reason", "资质审查"),
                new Document("status", "ACTIVE").append("at", Date.from(START)).append("actor", "admin").append("reason", "整改完成"))),
                companies);

        assertThat(historyShapeUpgrade.upgrade()).isZero();

        TestHttp.Response read = admin().get("/api/agreements/" + agreement + "/history");
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        JsonNode history = json(read).path("content");
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("action").asString()).isEqualTo("drafted");
        assertThat(history.get(0).get("toStatus").asString()).isEqualTo("DRAFT");
        assertThat(history.get(0).path("fromStatus").isNull() || history.get(0).path("fromStatus").isMissingNode()).isTrue();
        assertThat(Instant.parse(history.get(0).get("recordedAt").asString())).isEqualTo(drafted.toInstant());
        assertThat(history.get(1).get("fromStatus").asString()).isEqualTo("DRAFT");
        assertThat(history.get(1).get("toStatus").asString()).isEqualTo("ACTIVE");
        assertThat(history.get(1).get("note").asString()).isEqualTo("signed on 2026-03-10");
        assertThat(history.get(1).has("at")).isFalse();

        JsonNode company = json(admin().get("/api/companies/" + companyId));
        assertThat(company.get("history").findValuesAsString("action")).containsExactly("registered", "suspended", "reinstated");
        assertThat(company.get("history").get(1).get("fromStatus").asString()).isEqualTo("ACTIVE");
        assertThat(company.get("history").get(1).get("toStatus").asString()).isEqualTo("SUSPENDED");
        assertThat(company.get("history").get(1).get("note").asString()).isEqualTo("资质审查");
        assertThat(company.get("history").get(2).get("toStatus").asString()).isEqualTo("ACTIVE");

        // upgraded documents take new commands, and a second run finds nothing to do
        assertThat(admin().post("/api/agreements/" + agreement + "/termination",
                "{\"lastDay\": \"2026-06-30\", \"reason\": \"COMPANY_WITHDRAWAL\"}").status()).isEqualTo(200);
        assertThat(admin().post("/api/companies/" + companyId + "/suspension", "{\"reason\": \"再次审查\"}").status()).isEqualTo(200);
        Document agreementAsStored = mongo.findById(agreement, Document.class, agreements);
        assertThat(historyShapeUpgrade.upgrade()).isZero();
        assertThat(mongo.findById(agreement, Document.class, agreements).get("history")).isEqualTo(agreementAsStored.get("history"));
        assertThat(json(admin().get("/api/agreements/" + agreement + "/history")).path("content").findValuesAsString("action"))
                .containsExactly("drafted", "signed", "terminated");
        assertThat(json(admin().get("/api/companies/" + companyId)).get("history").findValuesAsString("action"))
                .containsExactly("registered", "suspended", "reinstated", "suspended");
    }

    @Test
    @DisplayName("Months, a publication under its old id and a subsidy-use report stored before the quarter aggregate read again "
            + "as one published and reported quarter, nothing announced twice; a quarter already kept is left alone")
    void reportsStoredBeforeTheQuarterAggregateAreFoldedIntoIt() {
        String estate = companyEstate("chunhua", "chunhua-xinhua");
        String companyId = registeredCompany();
        String agreement = signedAgreement(estate, companyId, "2026-01-01", "2028-12-31");
        // the second quarter is already kept by the aggregate: April recorded today
        TestHttp company = company(companyId);
        assertThat(company.send("PUT", "/api/estates/" + estate + "/fee-collections/2026-04",
                collection(480, 470, "36000.00", "35000.00")).status()).isEqualTo(200);

        String q1 = "2026-Q1-" + estate + "-" + agreement;
        List<Document> months = List.of(oldMonth(estate, companyId, agreement, "2026-01", 480, 432, "36000.00", "32400.00"),
                oldMonth(estate, companyId, agreement, "2026-02", 480, 440, "36000.00", "33000.00"),
                oldMonth(estate, companyId, agreement, "2026-03", 480, 456, "36000.00", "34250.50"));
        months.forEach(month -> mongo.insert(month, FeeQuarterUpgrade.MONTHS));
        mongo.insert(oldMonth(estate, companyId, agreement, "2026-04", 480, 400, "36000.00", "30000.00"), FeeQuarterUpgrade.MONTHS);
        List<Spending> uses = List.of(new Spending(SpendingCategory.STAFF, new BigDecimal("60000.00"), "保安、保洁人员工资"));
        // stored before publications named the agreement in their id, and before they kept the days served
        mongo.insert(new Document("_id", "2026-Q1-" + estate).append("revision", 1L).append("version", 1L)
                .append("eventSequence", 1L).append("outbox", List.of())
                .append("estateId", estate).append("estateName", "春华里").append("street", "chunhua")
                .append("community", "chunhua-xinhua").append("companyId", companyId).append("companyName", "安居物业 " + companyId)
                .append("agreementId", agreement).append("quarter", "2026-Q1").append("months", months)
                .append("uses", stored(uses)).append("figures", stored(new FeeFigures(1440, 1328, new BigDecimal("108000.00"),
                        new BigDecimal("99650.50"), new BigDecimal("0.9227"), new BigDecimal("0.9222"), new BigDecimal("60000.00"),
                        new BigDecimal("39650.50"))))
                .append("publishedAt", stored(PUBLISHED_AT)).append("publishedBy", "anju-staff"), FeeQuarterUpgrade.PUBLICATIONS);
        mongo.insert(new Document("_id", q1).append("revision", 1L).append("version", 1L).append("eventSequence", 1L)
                .append("outbox", List.of()).append("estateId", estate).append("street", "chunhua")
                .append("community", "chunhua-xinhua").append("companyId", companyId).append("companyName", "安居物业 " + companyId)
                .append("agreementId", agreement).append("quarter", "2026-Q1").append("subsidyReceived", stored(new BigDecimal("63200.00")))
                .append("uses", stored(uses)).append("totalUsed", stored(new BigDecimal("60000.00")))
                .append("submittedTo", List.of("COMMUNITY:chunhua-xinhua", "RESIDENTS_COMMITTEE"))
                .append("reportedAt", stored(PUBLISHED_AT)).append("reportedBy", "anju-staff"), FeeQuarterUpgrade.REPORTS);

        assertThat(feeQuarterUpgrade.upgrade()).isZero();
        String quarters = mongo.getCollectionName(FeeQuarter.class);
        Document folded = mongo.findById(q1, Document.class, quarters);
        assertThat(folded.getList("outbox", Object.class)).as("nothing to announce again").isEmpty();
        assertThat(feeQuarterUpgrade.upgrade()).isZero();
        assertThat(mongo.findById(q1, Document.class, quarters)).as("a second run changes nothing").isEqualTo(folded);
        assertThat(mongo.count(new Query(), FeeQuarterUpgrade.PUBLICATIONS)).as("the old collections stay").isPositive();

        TestHttp.Response publication = admin().get("/api/fee-publications/" + q1);
        assertThat(publication.status()).as(publication.body()).isEqualTo(200);
        assertThat(json(publication).get("servedFrom").asString()).isEqualTo("2026-01-01");
        assertThat(json(publication).get("servedTo").asString()).isEqualTo("2026-03-31");
        assertThat(Instant.parse(json(publication).get("publishedAt").asString())).isEqualTo(PUBLISHED_AT);
        assertThat(json(publication).get("figures").get("collectionRate").decimalValue()).isEqualByComparingTo("0.9227");
        assertThat(json(publication).get("months")).hasSize(3);
        TestHttp.Response report = admin().get("/api/subsidy-use-reports/" + q1);
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(json(report).get("unused").decimalValue()).isEqualByComparingTo("3200.00");
        assertThat(Instant.parse(json(report).get("reportedAt").asString())).isEqualTo(PUBLISHED_AT);
        JsonNode recorded = json(admin().get("/api/estates/" + estate + "/fee-collections?from=2026-01&to=2026-06")).get("content");
        assertThat(recorded.findValuesAsString("month")).containsExactly("2026-01", "2026-02", "2026-03", "2026-04");
        assertThat(recorded.get(3).get("householdsPaid").asInt()).as("the quarter kept already is left alone").isEqualTo(470);

        // the folded quarter is published and reported: once, as before
        CLOCK.set(SECOND_OF_JULY);
        assertThat(company.send("PUT", "/api/estates/" + estate + "/fee-collections/2026-02",
                collection(480, 480, "36000.00", "36000.00")).status()).isEqualTo(409);
        assertThat(company.post("/api/estates/" + estate + "/fee-publications", "{\"quarter\": \"2026-Q1\", \"uses\": []}").status())
                .isEqualTo(409);
        assertThat(company.post("/api/estates/" + estate + "/subsidy-use-reports", """
                {"quarter": "2026-Q1", "subsidyReceived": 1.00, "uses": [{"category": "STAFF", "amount": 1.00}]}""").status())
                .isEqualTo(409);
        // the estate's next publication goes out; the folded quarter's never did again
        company.send("PUT", "/api/estates/" + estate + "/fee-collections/2026-05", collection(480, 470, "36000.00", "35000.00"));
        company.send("PUT", "/api/estates/" + estate + "/fee-collections/2026-06", collection(480, 470, "36000.00", "35000.00"));
        assertThat(company.post("/api/estates/" + estate + "/fee-publications", "{\"quarter\": \"2026-Q2\", \"uses\": []}").status())
                .isEqualTo(201);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> AGREEMENT_EVENTS.of(estate).stream()
                .anyMatch(e -> e.type().equals("agreements.fee-period.published")));
        assertThat(AGREEMENT_EVENTS.of(estate).stream().filter(e -> e.type().startsWith("agreements.fee-period")
                || e.type().startsWith("agreements.subsidy-use")).map(e -> e.subject()))
                .containsExactly("2026-Q2-" + estate + "-" + agreement);
    }

    private Object stored(Object value) {
        return mongo.getConverter().convertToMongoType(value);
    }

    /** A month as the service stored it before the quarter aggregate, taken by its quarter's publication. */
    private Document oldMonth(String estate, String companyId, String agreement, String month, int billed, int paid, String amountBilled,
                              String amountCollected) {
        return new Document("_id", month + "-" + estate + "-" + agreement).append("estateId", estate).append("street", "chunhua")
                .append("community", "chunhua-xinhua").append("companyId", companyId).append("agreementId", agreement)
                .append("month", month).append("householdsBilled", billed).append("householdsPaid", paid)
                .append("amountBilled", stored(new BigDecimal(amountBilled))).append("amountCollected", stored(new BigDecimal(amountCollected)))
                .append("recordedBy", "anju-staff").append("recordedAt", stored(PUBLISHED_AT.minusSeconds(86_400))).append("published", true);
    }

    private static String collection(int billed, int paid, String amountBilled, String amountCollected) {
        return """
                {"householdsBilled": %d, "householdsPaid": %d, "amountBilled": %s, "amountCollected": %s}"""
                .formatted(billed, paid, amountBilled, amountCollected);
    }
}
