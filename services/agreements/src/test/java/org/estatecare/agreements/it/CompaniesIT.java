package org.estatecare.agreements.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.estatecare.testing.TestHttp;
import org.junit.jupiter.api.Test;

/** The register of service companies over HTTP: identity checked, contacts only for those who work with it. */
class CompaniesIT extends AgreementsServiceIT {

    @Test
    void aCompanyWithAnInvalidCreditCodeIsRefusedAndNotRegistered() {
        TestHttp.Response refused = admin().post("/api/companies", """
                {"id": "bad-code", "name": "某物业公司", "creditCode": "91120102000000001X", "legalRepresentative": "张三"}""");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.body()).contains("credit-code");
        assertThat(admin().get("/api/companies/bad-code").status()).isEqualTo(404);
    }

    @Test
    void aCreditCodeBelongsToOneCompany() {
        String code = CreditCodes.next();
        String suffix = code.substring(10).toLowerCase();
        String body = """
                {"id": "%s", "name": "和平物业", "creditCode": "%s", "legalRepresentative": "赵和平"}""";
        assertThat(admin().post("/api/companies", body.formatted("heping-" + suffix, code)).status()).isEqualTo(201);
        TestHttp.Response twice = admin().post("/api/companies", body.formatted("heping2-" + suffix, code));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(admin().get("/api/companies/heping2-" + code.substring(10)).status()).isEqualTo(404);
    }

    @Test
    void contactsArePersonalDataShownOnlyToThoseWhoWorkWithTheCompany() {
        String id = registeredCompany();
        assertThat(json(admin().get("/api/companies/" + id)).get("contacts").get(0).get("phone").asString()).isEqualTo("022-24000000");
        assertThat(json(company(id).get("/api/companies/" + id)).get("contacts")).isNotNull();
        assertThat(json(company("someone-else").get("/api/companies/" + id)).has("contacts")).isFalse();
        assertThat(json(as("resident", "resident", Map.of()).get("/api/companies/" + id)).has("contacts")).isFalse();
        assertThat(json(as("resident", "resident", Map.of()).get("/api/companies/" + id)).get("name").asString()).startsWith("安居");
        assertThat(company(id).post("/api/companies/" + id + "/suspension", "{\"reason\": \"自己暂停\"}").status()).isEqualTo(403);
    }

    @Test
    void aCompanyHoldingAnAgreementCannotBeDeregistered() {
        String id = registeredCompany();
        String agreement = signedAgreement(companyEstate("chunhua", "chunhua-xinhua"), id, "2026-03-01", "2029-02-28");
        TestHttp.Response refused = admin().post("/api/companies/" + id + "/deregistration", "{\"reason\": \"企业注销\"}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("company-holds-agreements");

        // ended, but in force until the end of the month: still bound
        admin().post("/api/agreements/" + agreement + "/termination", "{\"lastDay\": \"2026-03-31\", \"reason\": \"COMPANY_WITHDRAWAL\"}");
        assertThat(admin().post("/api/companies/" + id + "/deregistration", "{\"reason\": \"企业注销\"}").status()).isEqualTo(422);

        CLOCK.set(START.plus(java.time.Duration.ofDays(22))); // 1 April
        try {
            TestHttp.Response deregistered = admin().post("/api/companies/" + id + "/deregistration", "{\"reason\": \"企业注销\"}");
            assertThat(deregistered.status()).as(deregistered.body()).isEqualTo(200);
            assertThat(json(deregistered).get("status").get("code").asString()).isEqualTo("DEREGISTERED");
        } finally {
            CLOCK.set(START);
        }
    }
}
