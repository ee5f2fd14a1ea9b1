package org.estatecare.assessments.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.estatecare.assessments.it.InspectionJson.FIRE_LANE;
import static org.estatecare.assessments.it.InspectionJson.LITTER;
import static org.estatecare.assessments.it.InspectionJson.correction;
import static org.estatecare.assessments.it.InspectionJson.recording;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.estatecare.assessments.inspection.Inspections;
import org.estatecare.assessments.scoring.FindingKind;
import org.estatecare.assessments.scoring.InspectionLevel;
import org.estatecare.assessments.scoring.InspectionResult;
import org.estatecare.events.codes.BasicService;
import org.estatecare.events.ids.EstateId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Inspections over real HTTP, with estates and their serving companies announced on estates.v1 and
 * agreements.v1 through the real broker: who records which level, what is refused, corrections and who sees what.
 */
class InspectionIT extends AssessmentsIntegrationTest {

    static final LocalDate INCLUDED = LocalDate.of(2025, 1, 1);

    @Autowired
    Inspections inspections;

    final String street = unique("s");
    final String community = street + "-c1";
    final String company = unique("company");
    String estate;

    @BeforeEach
    void anEstateInTheSchemeServedByACompany() {
        estate = includedEstate(street, community, INCLUDED);
        servedBy(estate, company, INCLUDED, LocalDate.of(2030, 12, 31));
    }

    Api scoped(String role, Map<String, String> claims) {
        return new Api("http://127.0.0.1:" + port, tokens().token(role + "-" + UUID.randomUUID(), List.of(role), claims), Map.of());
    }

    Api committee() {
        return scoped("community-officer", Map.of("street", street, "community", community));
    }

    Api streetOffice() {
        return scoped("street-officer", Map.of("street", street));
    }

    Api companyStaff(String companyId) {
        return scoped("service-company", Map.of("company_id", companyId));
    }

    LocalDate yesterday() {
        return today().minusDays(1);
    }

    Api.Response recordDaily() {
        Api.Response recorded = committee().post("/api/inspections", recording(estate, "COMMITTEE_DAILY", yesterday()));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        return recorded;
    }

    long countOf(Api who, String query) {
        return who.get("/api/inspections?" + query).json().path("page").path("totalElements").asLong();
    }

    @Test
    @DisplayName("R-ASM-2: the residents' committee records its estate's daily check, fixing the street, community and the company serving that day")
    void theCommitteeRecordsItsDailyCheck() {
        Api.Response recorded = recordDaily();
        JsonNode body = recorded.json();
        String id = body.path("id").asString();

        assertThat(recorded.header("Location")).endsWith("/api/inspections/" + id);
        assertThat(recorded.header("ETag")).isEqualTo("\"1\"");
        assertThat(body.path("street").asString()).isEqualTo(street);
        assertThat(body.path("community").asString()).isEqualTo(community);
        assertThat(body.path("companyId").asString()).isEqualTo(company);
        assertThat(body.path("level").path("code").asString()).isEqualTo("COMMITTEE_DAILY");
        assertThat(body.path("level").path("label").asString()).isEqualTo("居委会日常检查");
        assertThat(body.path("checklists").get(0).path("service").path("code").asString()).isEqualTo("GATE_DUTY");
        assertThat(body.path("checklists").get(1).path("score").decimalValue()).isEqualByComparingTo("66.67");
        assertThat(body.path("findings").get(0).path("id").asString()).isEqualTo(id + "-F1");
        assertThat(body.path("status").path("code").asString()).isEqualTo("RECORDED");

        Api.Response read = committee().get("/api/inspections/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo("\"1\"");
        assertThat(read.json().path("findings").get(0).path("photos").get(0).asString()).isEqualTo("https://photos.example/p/1.jpg");
    }

    @Test
    @DisplayName("R-ASM-3: the district and the city spot-check any estate; the street assesses only its own")
    void spotChecksAndTheStreetsMonthlyAssessment() {
        Api otherStreet = scoped("street-officer", Map.of("street", unique("other")));

        assertThat(as("admin").post("/api/inspections", recording(estate, "DISTRICT_SPOT", yesterday())).status()).isEqualTo(201);
        assertThat(scoped("municipal-inspector", Map.of()).post("/api/inspections", recording(estate, "MUNICIPAL_SPOT", yesterday()))
                .status()).isEqualTo(201);
        assertThat(streetOffice().post("/api/inspections", recording(estate, "STREET_MONTHLY", yesterday())).status()).isEqualTo(201);
        assertThat(otherStreet.post("/api/inspections", recording(estate, "STREET_MONTHLY", yesterday())).status()).isEqualTo(403);
        assertThat(streetOffice().post("/api/inspections", recording(estate, "DISTRICT_SPOT", yesterday())).status()).isEqualTo(403);
        assertThat(committee().post("/api/inspections", recording(estate, "MUNICIPAL_SPOT", yesterday())).status()).isEqualTo(403);
        assertThat(companyStaff(company).post("/api/inspections", recording(estate, "COMMITTEE_DAILY", yesterday())).status())
                .isEqualTo(403);

        assertThat(countOf(as("admin"), "estateId=" + estate)).isEqualTo(3);
    }

    @Test
    @DisplayName("R-ASM-2: only the committee of the estate's own community records its daily check")
    void anotherCommunitysCommitteeIsRefused() {
        Api otherCommittee = scoped("community-officer", Map.of("street", street, "community", street + "-c2"));

        Api.Response refused = otherCommittee.post("/api/inspections", recording(estate, "COMMITTEE_DAILY", yesterday()));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(countOf(as("admin"), "estateId=" + estate)).isZero();
    }

    @Test
    void whoSeesWhichInspections() {
        String id = recordDaily().id();
        String otherCompany = unique("company");

        assertThat(companyStaff(company).get("/api/inspections/" + id).status()).isEqualTo(200);
        assertThat(countOf(companyStaff(company), "estateId=" + estate)).isEqualTo(1);
        assertThat(companyStaff(otherCompany).get("/api/inspections/" + id).status()).isEqualTo(404);
        assertThat(countOf(companyStaff(otherCompany), "estateId=" + estate)).isZero();
        assertThat(streetOffice().get("/api/inspections/" + id).status()).isEqualTo(200);
        assertThat(scoped("street-officer", Map.of("street", unique("other"))).get("/api/inspections/" + id).status()).isEqualTo(404);
        assertThat(scoped("community-officer", Map.of("street", street, "community", street + "-c2"))
                .get("/api/inspections/" + id).status()).isEqualTo(404);
        assertThat(as("auditor").get("/api/inspections/" + id).status()).isEqualTo(200);
        assertThat(scoped("resident", Map.of("street", street, "community", community)).get("/api/inspections/" + id).status())
                .isEqualTo(404);
        assertThat(countOf(scoped("resident", Map.of("street", street, "community", community)), "estateId=" + estate)).isZero();
        assertThat(scoped("department-officer", Map.of("department", "housing")).get("/api/inspections/" + id + "/history").status())
                .isEqualTo(404);
    }

    @Test
    @DisplayName("R-ASM-3: a company answers only for the days it served: an inspection after its agreement ended is the next company's")
    void theCompanyIsTheOneServingTheDayInspected() {
        String next = unique("company");
        String handedOver = includedEstate(street, community, INCLUDED);
        servedBy(handedOver, company, INCLUDED, today().minusDays(4));
        servedBy(handedOver, next, today().minusDays(3), LocalDate.of(2030, 12, 31));

        String before = committee().post("/api/inspections", recording(handedOver, "COMMITTEE_DAILY", today().minusDays(4))).id();
        String after = committee().post("/api/inspections", recording(handedOver, "COMMITTEE_DAILY", today().minusDays(3))).id();

        assertThat(committee().get("/api/inspections/" + before).json().path("companyId").asString()).isEqualTo(company);
        assertThat(committee().get("/api/inspections/" + after).json().path("companyId").asString()).isEqualTo(next);
        assertThat(companyStaff(company).get("/api/inspections/" + after).status()).isEqualTo(404);
        assertThat(companyStaff(next).get("/api/inspections/" + before).status()).isEqualTo(404);
    }

    @Test
    void whatCannotBeAnInspectionIsRefusedWith422AndNothingIsKept() {
        Api admin = as("admin");

        Api.Response unknown = admin.post("/api/inspections", recording("e-" + UUID.randomUUID(), "DISTRICT_SPOT", yesterday()));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().path("violations").get(0).path("rule").asString()).isEqualTo("R-PRIN-1");
        assertThat(unknown.json().path("violations").get(0).path("condition").asString()).isEqualTo("unknown-estate");
        assertThat(unknown.json().path("violations").get(0).path("message").asString()).isEqualTo("区登记系统尚未向本服务通报该小区");
        Api.Response english = admin.header("Accept-Language", "en")
                .post("/api/inspections", recording("e-" + UUID.randomUUID(), "DISTRICT_SPOT", yesterday()));
        assertThat(english.json().path("violations").get(0).path("message").asString())
                .isEqualTo("The registry has not announced this estate to this service yet");

        assertThat(conditions(admin.post("/api/inspections", recording(estate, "DISTRICT_SPOT", INCLUDED.minusDays(1)))))
                .containsExactly("R-ELIG-2 not-in-scheme");
        assertThat(conditions(admin.post("/api/inspections", recording(estate, "DISTRICT_SPOT", today().plusDays(1)))))
                .containsExactly("R-ASM-3 inspected-after-today");
        assertThat(conditions(committee().post("/api/inspections", recording(estate, "COMMITTEE_DAILY", LocalDate.of(2019, 12, 31)))))
                .containsExactly("R-ASM-2 inspected-before-2020");
        Api.Response empty = admin.post("/api/inspections", """
                {"estateId": "%s", "level": "DISTRICT_SPOT", "inspectedOn": "%s",
                 "checklists": [{"service": "PATROL", "items": []}], "findings": [%s]}""".formatted(estate, yesterday(), LITTER));
        assertThat(conditions(empty)).containsExactly("R-ASM-3 nothing-checked");
        assertThat(empty.json().path("violations").get(0).path("message").asString()).isEqualTo("检查须至少记录一项基本服务的检查项目");

        assertThat(countOf(admin, "estateId=" + estate)).isZero();
    }

    List<String> conditions(Api.Response refused) {
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        return refused.json().path("violations").valueStream()
                .map(v -> v.path("rule").asString() + " " + v.path("condition").asString()).toList();
    }

    @Test
    @DisplayName("R-ASM-2: a correction needs the ETag, restates the report with its reason, keeps finding ids and the history")
    void aCorrectionIsVersionedAndKept() {
        Api.Response recorded = recordDaily();
        String id = recorded.id();
        String kept = "{\"id\": \"" + id + "-F1\", " + LITTER.strip().substring(1);
        String body = correction(yesterday().minusDays(1), kept + ", " + FIRE_LANE, "检查日期误记，补记消防通道问题");

        assertThat(committee().put("/api/inspections/" + id, body).status()).isEqualTo(428);
        assertThat(committee().header("If-Match", "\"7\"").put("/api/inspections/" + id, body).status()).isEqualTo(412);
        assertThat(streetOffice().header("If-Match", "\"1\"").put("/api/inspections/" + id, body).status()).isEqualTo(403);
        assertThat(scoped("community-officer", Map.of("street", street, "community", street + "-c2")).header("If-Match", "\"1\"")
                .put("/api/inspections/" + id, body).status()).isEqualTo(404);

        Api.Response corrected = committee().header("If-Match", recorded.header("ETag")).put("/api/inspections/" + id, body);

        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(corrected.header("ETag")).isEqualTo("\"2\"");
        assertThat(corrected.json().path("inspectedOn").asString()).isEqualTo(yesterday().minusDays(1).toString());
        assertThat(corrected.json().path("findings").valueStream().map(f -> f.path("id").asString()))
                .containsExactly(id + "-F1", id + "-F2");
        assertThat(corrected.json().path("status").path("code").asString()).isEqualTo("CORRECTED");
        JsonNode history = committee().get("/api/inspections/" + id + "/history").json();
        assertThat(history.path("content").valueStream().map(h -> h.path("action").asString())).containsExactly("recorded", "corrected");
        assertThat(history.path("content").get(1).path("note").asString()).startsWith("检查日期误记，补记消防通道问题");
        assertThat(history.path("page").path("totalElements").asLong()).isEqualTo(2);

        Api.Response foreign = committee().header("If-Match", "\"2\"").put("/api/inspections/" + id,
                correction(yesterday(), "{\"id\": \"" + UUID.randomUUID() + "-F1\", \"kind\": \"OTHER\", \"place\": \"x\"}", "r"));
        assertThat(conditions(foreign)).containsExactly("R-ASM-2 unknown-finding");
    }

    @Test
    void theSameIdempotencyKeyRecordsOnce() {
        Api keyed = committee().header("Idempotency-Key", UUID.randomUUID().toString());
        String body = recording(estate, "COMMITTEE_DAILY", yesterday());

        Api.Response first = keyed.post("/api/inspections", body);
        Api.Response again = keyed.post("/api/inspections", body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(countOf(as("admin"), "estateId=" + estate)).isEqualTo(1);
    }

    @Test
    void listsFilterAndSortByTheDayAndTheLevel() {
        Api admin = as("admin");
        recordDaily();
        admin.post("/api/inspections", recording(estate, "DISTRICT_SPOT", today().minusDays(5)));
        streetOffice().post("/api/inspections", recording(estate, "STREET_MONTHLY", today().minusDays(10)));

        JsonNode newestFirst = admin.get("/api/inspections?estateId=" + estate).json();
        assertThat(newestFirst.path("content").valueStream().map(i -> i.path("level").path("code").asString()))
                .containsExactly("COMMITTEE_DAILY", "DISTRICT_SPOT", "STREET_MONTHLY");
        assertThat(admin.get("/api/inspections?estateId=" + estate + "&sort=level,desc").json().path("content").get(0)
                .path("level").path("code").asString()).isEqualTo("STREET_MONTHLY");
        assertThat(countOf(admin, "street=" + street + "&level=DISTRICT_SPOT")).isEqualTo(1);
        assertThat(countOf(admin, "community=" + community + "&from=" + today().minusDays(5) + "&to=" + yesterday())).isEqualTo(2);
        assertThat(countOf(streetOffice(), "street=" + street)).isEqualTo(3);
        assertThat(countOf(committee(), "community=" + community)).isEqualTo(3);

        assertThat(admin.get("/api/inspections?sort=estateId").status()).isEqualTo(400);
        assertThat(admin.get("/api/inspections?from=" + today() + "&to=" + yesterday()).status()).isEqualTo(400);
        assertThat(admin.get("/api/inspections?level=WEEKLY").status()).isEqualTo(400);
        assertThat(admin.get("/api/inspections/not%20an%20id").status()).isEqualTo(400);
        assertThat(admin.get("/api/inspections/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    @DisplayName("R-ASM-3: the scoring reads each inspection's checklist scores and findings for the estate's days")
    void theScoringReadsTheRecordedInspections() {
        String id = recordDaily().id();
        as("admin").post("/api/inspections", recording(estate, "DISTRICT_SPOT", today().minusDays(40)));

        List<InspectionResult> results = inspections.results(new EstateId(estate), today().minusDays(7), today());

        assertThat(results).containsExactly(new InspectionResult(id, InspectionLevel.COMMITTEE_DAILY, yesterday(),
                Map.of(BasicService.CLEANING, new BigDecimal("66.67"), BasicService.GATE_DUTY, new BigDecimal("100.00"))));
        assertThat(inspections.findings(new EstateId(estate), today().minusDays(7), today()))
                .singleElement().satisfies(f -> {
                    assertThat(f.inspectionId()).isEqualTo(id);
                    assertThat(f.kind()).isEqualTo(FindingKind.LITTER);
                    assertThat(f.place()).isEqualTo("3号楼北侧绿地");
                });
    }
}
