package org.estatecare.agreements.it;

import static org.estatecare.kit.testing.BadInputWalker.UNIQUE;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.estatecare.agreements.agreement.Agreement;
import org.estatecare.kit.testing.BadInputWalker;
import org.estatecare.testing.TestHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Every POST and PUT of the agreements service's OpenAPI document, sent malformed, wrongly typed,
 * out-of-range, oversized and control-character input: each must answer 4xx problem+json and change
 * nothing. Each operation gets a company, estate or agreement in the state it acts on, so that a case
 * reaches validation, not a 404 or a state conflict. The walk runs on 2 April 2026, when the first
 * quarter is over and can be published and reported on.
 */
@Tag("bad-input")
class BadInputIT extends AgreementsServiceIT {

    static final Instant SECOND_OF_APRIL = LocalDateTime.of(2026, 4, 2, 10, 0).atZone(Agreement.BUSINESS_ZONE).toInstant();

    @Autowired
    MongoTemplate mongo;

    String draftAgreement() {
        standards(admin());
        TestHttp.Response draft = admin().post("/api/agreements", draftJson(companyEstate("chunhua", "chunhua-xinhua"),
                registeredCompany(), "2026-04-01", "2029-03-31", "1.20", null));
        return json(draft).get("id").asString();
    }

    String signed() {
        return signedAgreement(companyEstate("chunhua", "chunhua-xinhua"), registeredCompany(), "2026-01-01", "2028-12-31");
    }

    String suspendedCompany() {
        String id = registeredCompany();
        admin().post("/api/companies/" + id + "/suspension", "{\"reason\": \"整改\"}");
        return id;
    }

    /** An estate served under a signed agreement since 1 January 2026, for its fee figures and reports. */
    Map<String, String> servedEstate() {
        String estate = companyEstate("chunhua", "chunhua-xinhua");
        signedAgreement(estate, registeredCompany(), "2026-01-01", "2028-12-31");
        return Map.of("estateId", estate, "month", "2026-02");
    }

    /** A served estate with every month of 2026-Q1 recorded, so that the quarter can be published. */
    Map<String, String> quarterRecorded() {
        Map<String, String> served = servedEstate();
        for (String month : List.of("2026-01", "2026-02", "2026-03")) {
            TestHttp.Response recorded = admin().send("PUT", "/api/estates/" + served.get("estateId") + "/fee-collections/" + month,
                    "{\"householdsBilled\": 480, \"householdsPaid\": 400, \"amountBilled\": 36000.00, \"amountCollected\": 30000.00}");
            if (recorded.status() != 200) {
                throw new IllegalStateException("month not recorded: " + recorded);
            }
        }
        return served;
    }

    @AfterEach
    void backToStart() {
        CLOCK.set(START);
    }

    @TestFactory
    @DisplayName("bad input to any POST or PUT is 4xx problem+json and changes nothing")
    Stream<DynamicTest> everyWriteRefusesBadInput() {
        standards(admin());
        CLOCK.set(SECOND_OF_APRIL);
        String services = """
                "basicServices": {"gateDuty": {"hoursPerDay": 24, "posts": 2}, "patrol": {"roundsPerDay": 4},
                  "cleaning": {"timesPerWeek": 7, "scope": "楼道、道路、绿地"}, "parking": {"scope": "施划停车位"}},
                "extras": [{"name": "代收快递", "description": "门岗代收快递", "price": 0.50, "priceUnit": "次"}],
                "fee": {"basis": "PER_SQUARE_METRE_MONTH", "amount": 1.20}""";
        String company = """
                "name": "安居物业服务有限公司 %s", "creditCode": "{{creditCode}}", "legalRepresentative": "王安居",
                "address": "河东区春华街1号", "contacts": [{"name": "李经理", "role": "项目经理", "phone": "022-24000000"}]"""
                .formatted(UNIQUE);
        String uses = "\"uses\": [{\"category\": \"STAFF\", \"amount\": 1000.00, \"note\": \"门岗人员\"}]";
        // residents' accounts (R-RES-1) are kept by the company serving the estate: one company serves every fixture estate
        String keeper = registeredCompany();
        TestHttp keeperStaff = company(keeper);
        java.util.function.Supplier<String> keptEstate = () -> {
            String estate = companyEstate("chunhua", "chunhua-xinhua");
            signedAgreement(estate, keeper, "2026-01-01", "2028-12-31");
            return estate;
        };
        java.util.function.Supplier<Map<String, String>> household = () -> {
            String estate = keptEstate.get();
            TestHttp.Response opened = keeperStaff.post("/api/estates/" + estate + "/households",
                    "{\"building\": \"3\", \"unit\": \"2\", \"room\": \"501\", \"feePerMonth\": 120.00}");
            return Map.of("estateId", estate, "id", json(opened).get("id").asString());
        };
        java.util.function.Function<Boolean, Map<String, String>> damage = repaired -> {
            String estate = keptEstate.get();
            String id = json(admin().post("/api/estates/" + estate + "/damages", """
                    {"facility": "UNIT_DOORS", "description": "单元门被撞坏", "foundOn": "2026-04-01", "liableParty": "货运司机"}"""))
                    .get("id").asString();
            if (repaired) {
                admin().post("/api/estates/" + estate + "/damages/" + id + "/repair", "{\"repairedOn\": \"2026-04-01\", \"cost\": 800.00}");
            }
            return Map.of("estateId", estate, "id", id);
        };
        return BadInputWalker.of("agreements", admin(), mongo.getDb())
                .validBody("POST /api/estates/{estateId}/households", """
                        {"building": "3", "unit": "2", "room": "5%s", "feePerMonth": 120.00, "residents": ["resident-wang"]}""".formatted(UNIQUE))
                .fixture("POST /api/estates/{estateId}/households", () -> Map.of("estateId", keptEstate.get()))
                .caller("POST /api/estates/{estateId}/households", keeperStaff)
                .validBody("POST /api/estates/{estateId}/households/{id}/bills", "{\"month\": \"2026-03\", \"amount\": 120.00}")
                .fixture("POST /api/estates/{estateId}/households/{id}/bills", household)
                .caller("POST /api/estates/{estateId}/households/{id}/bills", keeperStaff)
                .validBody("POST /api/estates/{estateId}/households/{id}/payments",
                        "{\"paidOn\": \"2026-04-01\", \"amount\": 120.00, \"receipt\": \"R-%s\"}".formatted(UNIQUE))
                .fixture("POST /api/estates/{estateId}/households/{id}/payments", household)
                .caller("POST /api/estates/{estateId}/households/{id}/payments", keeperStaff)
                .validBody("POST /api/estates/{estateId}/households/{id}/reminders",
                        "{\"on\": \"2026-04-01\", \"channel\": \"NOTICE\", \"note\": \"张贴催缴通知\"}")
                .fixture("POST /api/estates/{estateId}/households/{id}/reminders", household)
                .caller("POST /api/estates/{estateId}/households/{id}/reminders", keeperStaff)
                .validBody("POST /api/estates/{estateId}/damages", """
                        {"facility": "UNIT_DOORS", "description": "单元门被撞坏", "foundOn": "2026-04-01", "liableParty": "货运司机"}""")
                .fixture("POST /api/estates/{estateId}/damages", () -> Map.of("estateId", keptEstate.get()))
                .validBody("POST /api/estates/{estateId}/damages/{id}/repair", "{\"repairedOn\": \"2026-04-02\", \"cost\": 800.00}")
                .fixture("POST /api/estates/{estateId}/damages/{id}/repair", () -> damage.apply(false))
                .validBody("POST /api/estates/{estateId}/damages/{id}/recoveries", "{\"recoveredOn\": \"2026-04-02\", \"amount\": 100.00}")
                .fixture("POST /api/estates/{estateId}/damages/{id}/recoveries", () -> damage.apply(true))
                .validBody("POST /api/agreements", "{\"estateId\": \"{{estateId}}\", \"companyId\": \"{{companyId}}\", "
                        + "\"termStart\": \"2026-04-01\", \"termEnd\": \"2029-03-31\", " + services + "}")
                .validBody("PUT /api/agreements/{id}", "{\"estateId\": \"{{estateId}}\", \"companyId\": \"{{companyId}}\", "
                        + "\"termStart\": \"2026-04-01\", \"termEnd\": \"2029-03-31\", " + services + "}")
                .validBody("POST /api/agreements/{id}/signing", "{\"signedOn\": \"2026-03-10\"}")
                .validBody("POST /api/agreements/{id}/amendments",
                        "{\"effectiveFrom\": \"2026-07-01\", " + services + ", \"reason\": \"增加巡逻\"}")
                .validBody("POST /api/agreements/{id}/termination",
                        "{\"lastDay\": \"2026-12-31\", \"reason\": \"BY_PARTIES\", \"note\": \"双方协商\"}")
                .validBody("POST /api/agreements/{id}/renewal", "{\"termEnd\": \"2031-12-31\"}")
                .validBody("POST /api/companies", "{\"id\": \"co-" + UNIQUE + "\", " + company + "}")
                .validBody("PUT /api/companies/{id}", "{" + company + "}")
                .validBody("POST /api/companies/{id}/suspension", "{\"reason\": \"未按约定提供服务\"}")
                .validBody("POST /api/companies/{id}/reinstatement", "{\"reason\": \"整改完成\"}")
                .validBody("POST /api/companies/{id}/deregistration", "{\"reason\": \"企业注销\"}")
                .validBody("POST /api/fee-standards", """
                        {"estateClass": "CLASS_3", "basis": "PER_SQUARE_METRE_MONTH", "minimum": 0.50, "maximum": 1.00,
                         "effectiveFrom": "2026-06-01", "document": "河东区物业服务收费标准"}""")
                .validBody("PUT /api/estates/{estateId}/fee-class", "{\"estateClass\": \"CLASS_2\", \"from\": \"2026-03-01\"}")
                .validBody("PUT /api/estates/{estateId}/fee-collections/{month}", """
                        {"householdsBilled": 480, "householdsPaid": 400, "amountBilled": 36000.00, "amountCollected": 30000.00}""")
                .validBody("POST /api/estates/{estateId}/fee-publications", "{\"quarter\": \"2026-Q1\", " + uses + "}")
                .validBody("POST /api/estates/{estateId}/subsidy-use-reports",
                        "{\"quarter\": \"2026-Q1\", \"subsidyReceived\": 5000.00, " + uses + "}")
                .fixture("POST /api/agreements", () -> Map.of("estateId", companyEstate("chunhua", "chunhua-xinhua"),
                        "companyId", registeredCompany()))
                .fixture("PUT /api/agreements/{id}", () -> {
                    String estate = companyEstate("chunhua", "chunhua-xinhua");
                    String company2 = registeredCompany();
                    TestHttp.Response draft = admin().post("/api/agreements",
                            draftJson(estate, company2, "2026-04-01", "2029-03-31", "1.20", null));
                    return Map.of("id", json(draft).get("id").asString(), "estateId", estate, "companyId", company2);
                })
                .fixture("POST /api/agreements/{id}/signing", () -> Map.of("id", draftAgreement()))
                .fixture("POST /api/agreements/{id}/amendments", () -> Map.of("id", signed()))
                .fixture("POST /api/agreements/{id}/termination", () -> Map.of("id", signed()))
                .fixture("POST /api/agreements/{id}/renewal", () -> Map.of("id", signed()))
                .fixture("POST /api/companies", () -> Map.of("creditCode", CreditCodes.next()))
                .fixture("PUT /api/companies/{id}", () -> {
                    String creditCode = CreditCodes.next(); // the credit code does not change: the valid example repeats it
                    return Map.of("id", registeredCompany(creditCode), "creditCode", creditCode);
                })
                .fixture("POST /api/companies/{id}/suspension", () -> Map.of("id", registeredCompany()))
                .fixture("POST /api/companies/{id}/reinstatement", () -> Map.of("id", suspendedCompany()))
                .fixture("POST /api/companies/{id}/deregistration", () -> Map.of("id", registeredCompany()))
                .fixture("PUT /api/estates/{estateId}/fee-class", () -> Map.of("estateId", estate("chunhua", "chunhua-xinhua",
                        "SERVICE_COMPANY")))
                .fixture("PUT /api/estates/{estateId}/fee-collections/{month}", this::servedEstate)
                .fixture("POST /api/estates/{estateId}/fee-publications", this::quarterRecorded)
                .fixture("POST /api/estates/{estateId}/subsidy-use-reports", this::servedEstate)
                .pathValue("id", "missing")
                .pathValue("estateId", "missing-estate")
                .pathValue("month", "2026-02")
                .cases();
    }
}
