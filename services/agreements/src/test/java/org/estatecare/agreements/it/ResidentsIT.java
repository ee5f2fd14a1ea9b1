package org.estatecare.agreements.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.estatecare.testing.TestHttp;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Households' fee accounts and damage, over real HTTP (R-RES-1). */
class ResidentsIT extends AgreementsServiceIT {

    TestHttp resident(String username) {
        return as(username, "resident", Map.of("street", "chunhua", "community", "chunhua-xinhua"));
    }

    @Test
    @DisplayName("R-RES-1: the company keeps each household's account; the household sees its own and nobody else's; the estate's totals add up")
    void accountsSeenByTheHouseholdAndTheCompanyOnly() {
        String estate = companyEstate("chunhua", "chunhua-xinhua");
        String company = registeredCompany();
        signedAgreement(estate, company, "2026-01-01", "2028-12-31");
        TestHttp staff = company(company);
        String base = "/api/estates/" + estate + "/households";

        TestHttp.Response wang = staff.post(base, """
                {"building": "3", "unit": "2", "room": "501", "feePerMonth": 120, "residents": ["resident-wang"]}""");
        assertThat(wang.status()).as(wang.toString()).isEqualTo(201);
        String wangId = json(wang).path("id").asString();
        String liId = json(staff.post(base, """
                {"building": "3", "unit": "2", "room": "502", "feePerMonth": 120, "residents": ["resident-li"]}""")).path("id").asString();
        assertThat(staff.post(base, """
                {"building": "3", "unit": "2", "room": "501", "feePerMonth": 99}""").status()).as("the same flat twice").isEqualTo(409);

        for (String id : new String[] {wangId, liId}) {
            assertThat(staff.post(base + "/" + id + "/bills", "{\"month\": \"2026-02\", \"amount\": 120}").status()).isEqualTo(200);
            assertThat(staff.post(base + "/" + id + "/bills", "{\"month\": \"2026-03\", \"amount\": 120}").status()).isEqualTo(200);
        }
        assertThat(staff.post(base + "/" + wangId + "/payments",
                "{\"paidOn\": \"2026-03-05\", \"amount\": 240, \"receipt\": \"R-2026-0001\"}").status()).isEqualTo(200);
        assertThat(staff.post(base + "/" + liId + "/payments",
                "{\"paidOn\": \"2026-03-05\", \"amount\": 50, \"receipt\": \"R-2026-0001\"}").status())
                .as("each household's receipts are its own").isEqualTo(200);
        assertThat(staff.post(base + "/" + liId + "/payments",
                "{\"paidOn\": \"2026-03-06\", \"amount\": 50, \"receipt\": \"R-2026-0001\"}").status()).isEqualTo(409);
        assertThat(staff.post(base + "/" + liId + "/reminders", "{\"on\": \"2026-03-08\", \"channel\": \"PHONE\", \"note\": \"已电话催缴\"}")
                .status()).isEqualTo(200);
        assertThat(staff.post(base + "/" + liId + "/bills", "{\"month\": \"2026-04\", \"amount\": 120}").status())
                .as("a month ahead").isEqualTo(422);

        JsonNode own = json(resident("resident-li").get(base + "/" + liId));
        assertThat(own.path("standing").path("arrears").decimalValue()).isEqualByComparingTo("190.00");
        assertThat(own.path("standing").path("monthsInArrears")).extracting(JsonNode::asString).containsExactly("2026-02", "2026-03");
        assertThat(resident("resident-li").get(base + "/" + wangId).status()).as("a neighbour's account").isEqualTo(404);
        assertThat(json(resident("resident-li").get(base)).path("content")).extracting(h -> h.path("id").asString()).containsExactly(liId);
        assertThat(company(registeredCompany()).get(base + "/" + liId).status()).as("another company").isEqualTo(404);
        for (String role : new String[] {"district-admin", "street-officer", "auditor"}) {
            assertThat(as("who-" + role, role, Map.of("street", "chunhua")).get(base + "/" + liId).status()).as(role).isEqualTo(403);
        }

        JsonNode totals = json(as("who-admin", "district-admin", Map.of()).get("/api/estates/" + estate + "/household-arrears?month=2026-03"));
        assertThat(totals.path("households").asInt()).isEqualTo(2);
        assertThat(totals.path("billed").decimalValue()).isEqualByComparingTo("480.00");
        assertThat(totals.path("paid").decimalValue()).isEqualByComparingTo("290.00");
        assertThat(totals.path("arrears").decimalValue()).isEqualByComparingTo("190.00");
        assertThat(totals.path("householdsInArrears").asInt()).isEqualTo(1);
        assertThat(totals.toString()).as("no household named").doesNotContain("resident-li").doesNotContain(liId);
    }

    @Test
    @DisplayName("R-RES-1: damage to a shared facility names its liable household, which sees it; the repair cost is recovered, never more")
    void damageWithItsLiableParty() {
        String estate = companyEstate("chunhua", "chunhua-xinhua");
        String company = registeredCompany();
        signedAgreement(estate, company, "2026-01-01", "2028-12-31");
        TestHttp staff = company(company);
        String household = json(staff.post("/api/estates/" + estate + "/households", """
                {"building": "5", "unit": "1", "room": "302", "feePerMonth": 100, "residents": ["resident-zhao"]}""")).path("id").asString();
        String base = "/api/estates/" + estate + "/damages";

        TestHttp.Response both = staff.post(base, """
                {"facility": "UNIT_DOORS", "description": "装修搬运撞坏单元门", "foundOn": "2026-03-01", "liableHouseholdId": "%s",
                 "liableParty": "货运司机"}""".formatted(household));
        assertThat(both.status()).isEqualTo(422);
        TestHttp.Response recorded = staff.post(base, """
                {"facility": "UNIT_DOORS", "description": "装修搬运撞坏单元门", "foundOn": "2026-03-01", "liableHouseholdId": "%s"}"""
                .formatted(household));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        String damage = json(recorded).path("id").asString();
        assertThat(json(recorded).path("facility").path("label").asString()).isEqualTo("单元门及门禁");
        assertThat(staff.post(base + "/" + damage + "/repair", "{\"repairedOn\": \"2026-03-04\", \"cost\": 860.50}").status()).isEqualTo(200);
        assertThat(staff.post(base + "/" + damage + "/recoveries", "{\"recoveredOn\": \"2026-03-05\", \"amount\": 900}").status())
                .isEqualTo(422);
        TestHttp.Response recovered = staff.post(base + "/" + damage + "/recoveries", "{\"recoveredOn\": \"2026-03-05\", \"amount\": 860.50}");
        assertThat(json(recovered).path("recovered").decimalValue()).isEqualByComparingTo("860.50");

        assertThat(resident("resident-zhao").get(base + "/" + damage).status()).as("its liable household").isEqualTo(200);
        assertThat(resident("resident-qian").get(base + "/" + damage).status()).isEqualTo(404);
        assertThat(as("chunhua-officer", "street-officer", Map.of("street", "chunhua")).get(base + "/" + damage).status()).isEqualTo(200);
        assertThat(as("dongxin-officer", "street-officer", Map.of("street", "dongxin")).post(base, """
                {"facility": "OTHER", "description": "d", "foundOn": "2026-03-01", "liableParty": "x"}""").status()).isEqualTo(404);
    }
}
