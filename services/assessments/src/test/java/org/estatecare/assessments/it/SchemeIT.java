package org.estatecare.assessments.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Schemes over HTTP: a street drafts and submits, the district decides, scores use only what it approved. */
class SchemeIT extends AssessmentsIntegrationTest {

    final String street = unique("s");

    Api officer() {
        return officerOf(street);
    }

    Api officerOf(String code) {
        return new Api("http://127.0.0.1:" + port, tokens().token(code + "-officer", List.of("street-officer"),
                Map.of("street", code)), Map.of());
    }

    /** The district's shipped rules, as a street would start from them. */
    JsonNode defaultRules() {
        return as("admin").get("/api/assessment-schemes/district/versions/1").json().path("rules").deepCopy();
    }

    String version(JsonNode rules, String effectiveFrom) {
        ObjectNode body = Api.JSON.createObjectNode();
        body.put("effectiveFrom", effectiveFrom);
        body.set("rules", rules);
        body.put("note", "考核办法（试行）");
        return body.toString();
    }

    /** Null or left out of the answer. */
    static boolean absent(JsonNode node) {
        return node.isNull() || node.isMissingNode();
    }

    String thisMonth() {
        return today().withDayOfMonth(1).toString();
    }

    @Test
    @DisplayName("R-ASM-1: a street's version scores only once the district approves it; until then the district's does")
    void aStreetsVersionScoresOnlyOnceApproved() {
        Api.Response drafted = officer().post("/api/assessment-schemes/" + street + "/versions", version(defaultRules(), thisMonth()));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        assertThat(drafted.header("Location")).endsWith("/api/assessment-schemes/" + street + "/versions/1");
        assertThat(drafted.json().path("openVersion").path("status").path("code").asString()).isEqualTo("DRAFT");

        JsonNode before = as("admin").get("/api/assessment-schemes/in-force?street=" + street).json();
        assertThat(before.path("districtFallback").asBoolean()).isTrue();
        assertThat(before.path("version").path("scheme").asString()).isEqualTo("district");

        assertThat(officer().post("/api/assessment-schemes/" + street + "/versions/1/submission", null).status()).isEqualTo(200);
        assertThat(as("admin").get("/api/assessment-schemes/in-force?street=" + street).json().path("districtFallback")
                .asBoolean()).isTrue();

        Api.Response approved = as("admin").post("/api/assessment-schemes/" + street + "/versions/1/approval",
                "{\"note\": \"同意\"}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().path("inForceToday").path("number").asInt()).isEqualTo(1);

        JsonNode after = as("company-anju").get("/api/assessment-schemes/in-force?street=" + street).json();
        assertThat(after.path("districtFallback").asBoolean()).isFalse();
        assertThat(after.path("version").path("scheme").asString()).isEqualTo(street);
        assertThat(after.path("version").path("decidedBy").asString()).isEqualTo("admin");
        // the month before the version's first day is still scored by the district's rules
        String lastMonth = today().withDayOfMonth(1).minusDays(1).toString();
        assertThat(as("admin").get("/api/assessment-schemes/in-force?street=" + street + "&on=" + lastMonth).json()
                .path("districtFallback").asBoolean()).isTrue();
    }

    @Test
    @DisplayName("R-ASM-1: the district's shipped scheme scores every street that has none, from the start")
    void theDistrictDefaultScoresStreetsWithoutAScheme() {
        JsonNode inForce = as("resident").get("/api/assessment-schemes/in-force?street=" + street + "&on=2021-05-01").json();

        assertThat(inForce.path("districtFallback").asBoolean()).isTrue();
        assertThat(inForce.path("version").path("number").asInt()).isEqualTo(1);
        assertThat(inForce.path("version").path("status").path("code").asString()).isEqualTo("APPROVED");
        assertThat(inForce.path("version").path("rules").path("criteria").size()).isPositive();
    }

    @Test
    void draftsAreSeenOnlyByTheStreetAndTheDistrict() {
        officer().post("/api/assessment-schemes/" + street + "/versions", version(defaultRules(), thisMonth()));

        assertThat(as("company-anju").get("/api/assessment-schemes/" + street + "/versions/1").status()).isEqualTo(404);
        assertThat(as("company-anju").get("/api/assessment-schemes/" + street + "/versions").json()
                .path("page").path("totalElements").asLong()).isZero();
        assertThat(absent(as("company-anju").get("/api/assessment-schemes/" + street).json().path("openVersion"))).isTrue();
        assertThat(officerOf(unique("other")).get("/api/assessment-schemes/" + street + "/versions/1").status()).isEqualTo(404);
        assertThat(as("auditor").get("/api/assessment-schemes/" + street + "/versions/1").status()).isEqualTo(200);
        assertThat(officer().get("/api/assessment-schemes/" + street + "/versions").json()
                .path("page").path("totalElements").asLong()).isEqualTo(1);
    }

    @Test
    @DisplayName("R-ASM-1: only a street's own officers draft its scheme, and only the district decides")
    void whoMayDraftAndDecide() {
        String body = version(defaultRules(), thisMonth());

        assertThat(officerOf(unique("other")).post("/api/assessment-schemes/" + street + "/versions", body).status()).isEqualTo(403);
        assertThat(as("company-anju").post("/api/assessment-schemes/" + street + "/versions", body).status()).isEqualTo(403);
        assertThat(officer().post("/api/assessment-schemes/district/versions", body).status()).isEqualTo(403);
        assertThat(as("admin").get("/api/assessment-schemes/" + street).status()).isEqualTo(404);

        officer().post("/api/assessment-schemes/" + street + "/versions", body);
        officer().post("/api/assessment-schemes/" + street + "/versions/1/submission", null);

        assertThat(officer().post("/api/assessment-schemes/" + street + "/versions/1/approval", "{}").status()).isEqualTo(403);
        assertThat(as("chunhua-community").post("/api/assessment-schemes/" + street + "/versions/1/approval", "{}").status())
                .isEqualTo(403);
        assertThat(absent(as("admin").get("/api/assessment-schemes/" + street).json().path("inForceToday"))).isTrue();
    }

    @Test
    @DisplayName("R-ASM-1: rules whose weights do not add up, drafted for the middle of a month, are refused naming both faults")
    void badRulesAreRefusedNamingEveryFault() {
        JsonNode rules = defaultRules();
        ObjectNode first = (ObjectNode) rules.path("criteria").get(0);
        first.put("weight", first.path("weight").asInt() - 10);

        Api.Response refused = officer().post("/api/assessment-schemes/" + street + "/versions",
                version(rules, today().withDayOfMonth(1).plusMonths(1).plusDays(14).toString()));

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().path("violations")).extracting(v -> v.path("condition").asString())
                .contains("effective-not-month-start").hasSizeGreaterThanOrEqualTo(2);
        assertThat(refused.json().path("violations")).allSatisfy(v -> assertThat(v.path("rule").asString()).isEqualTo("R-ASM-1"));
        assertThat(as("admin").get("/api/assessment-schemes/" + street).status()).isEqualTo(404);
    }

    @Test
    void oneVersionIsOpenAtATimeAndADraftChangesOnlyWithIfMatch() {
        Api.Response drafted = officer().post("/api/assessment-schemes/" + street + "/versions", version(defaultRules(), thisMonth()));

        assertThat(officer().post("/api/assessment-schemes/" + street + "/versions", version(defaultRules(), thisMonth())).status())
                .isEqualTo(409);
        String next = today().withDayOfMonth(1).plusMonths(1).toString();
        assertThat(officer().put("/api/assessment-schemes/" + street + "/versions/1", version(defaultRules(), next)).status())
                .isEqualTo(428);
        Api.Response revised = officer().header("If-Match", drafted.header("ETag"))
                .put("/api/assessment-schemes/" + street + "/versions/1", version(defaultRules(), next));
        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        assertThat(revised.json().path("openVersion").path("effectiveFrom").asString()).isEqualTo(next);
        assertThat(officer().header("If-Match", drafted.header("ETag"))
                .put("/api/assessment-schemes/" + street + "/versions/1", version(defaultRules(), thisMonth())).status())
                .isEqualTo(412);
    }

    @Test
    void aRejectionNeedsAReasonAndLetsTheStreetDraftAgain() {
        officer().post("/api/assessment-schemes/" + street + "/versions", version(defaultRules(), thisMonth()));
        officer().post("/api/assessment-schemes/" + street + "/versions/1/submission", null);

        assertThat(as("admin").post("/api/assessment-schemes/" + street + "/versions/1/rejection", "{}").status()).isEqualTo(400);
        Api.Response rejected = as("admin").post("/api/assessment-schemes/" + street + "/versions/1/rejection",
                "{\"reason\": \"满意度权重过低\"}");
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        assertThat(as("admin").post("/api/assessment-schemes/" + street + "/versions/1/approval", "{}").status()).isEqualTo(409);

        Api.Response again = officer().post("/api/assessment-schemes/" + street + "/versions", version(defaultRules(), thisMonth()));
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Location")).endsWith("/versions/2");
        JsonNode first = officer().get("/api/assessment-schemes/" + street + "/versions/1").json();
        assertThat(first.path("status").path("code").asString()).isEqualTo("REJECTED");
        assertThat(first.path("decisionNote").asString()).isEqualTo("满意度权重过低");
    }

    @Test
    @DisplayName("R-ASM-1: a version whose month is over by the time the district decides is not approved")
    void aVersionWhoseMonthIsOverIsNotApproved() {
        officer().post("/api/assessment-schemes/" + street + "/versions", version(defaultRules(), thisMonth()));
        officer().post("/api/assessment-schemes/" + street + "/versions/1/submission", null);
        travelTo(today().withDayOfMonth(1).plusMonths(1));

        Api.Response late = as("admin").post("/api/assessment-schemes/" + street + "/versions/1/approval", "{}");

        assertThat(late.status()).as(late.body()).isEqualTo(422);
        assertThat(late.json().path("violations").get(0).path("condition").asString()).isEqualTo("effective-in-the-past");
    }
}
