package org.estatecare.assessments.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.estatecare.kit.security.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * The district's evaluation (R-ASM-5) over HTTP, on assessments computed and published through the service: two
 * streets, one estate each; the second's estate graded 优秀 or 良好 in Q2 and 不合格 in Q3.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvaluationIT extends AssessmentsIntegrationTest {

    static final String PASSED = """
            [{"service": "CLEANING", "items": [{"item": "楼道清扫", "passed": true}, {"item": "绿地保洁", "passed": true}]},
             {"service": "GATE_DUTY", "items": [{"item": "门岗在岗", "passed": true}]}]""";

    final String good = unique("ev-good");
    final String poor = unique("ev-poor");
    final String goodCompany = unique("ev-co");
    final String poorCompany = unique("ev-co");
    String poorEstate;

    @BeforeAll
    void scene() {
        String goodEstate = estate(good, goodCompany);
        poorEstate = estate(poor, poorCompany);
        publish(goodEstate, LocalDate.of(2026, 8, 12), PASSED, "2026-Q3");
        publish(poorEstate, LocalDate.of(2026, 5, 12), PASSED, "2026-Q2");
        publish(poorEstate, LocalDate.of(2026, 8, 12), RectificationIT.FAILED_CHECKLISTS, "2026-Q3");
    }

    String estate(String street, String company) {
        String estate = includedEstate(street, street + "-c1", LocalDate.of(2026, 2, 1));
        servedBy(estate, company, LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31));
        return estate;
    }

    void publish(String estate, LocalDate inspected, String checklists, String period) {
        Api.Response inspection = as("admin").post("/api/inspections", """
                {"estateId": "%s", "level": "DISTRICT_SPOT", "inspectedOn": "%s", "checklists": %s}"""
                .formatted(estate, inspected, checklists));
        assertThat(inspection.status()).as(inspection.body()).isEqualTo(201);
        Api.Response computed = as("admin").post("/api/assessments/computation",
                "{\"estateId\": \"%s\", \"period\": \"%s\"}".formatted(estate, period));
        String id = computed.json().path("assessments").get(0).path("id").asString();
        as("admin").post("/api/assessments/" + id + "/confirmation", null);
        assertThat(as("admin").post("/api/assessments/" + id + "/publication", null).status()).isEqualTo(200);
    }

    Api role(Role role, String street) {
        return caller(role, street, street + "-c1", goodCompany);
    }

    static JsonNode row(JsonNode standings, String key) {
        for (JsonNode standing : standings) {
            if (standing.path("key").asString().equals(key)) {
                return standing;
            }
        }
        return null;
    }

    @Test
    @DisplayName("R-ASM-5: the district ranks the streets and the companies of a period by their mean score, with their grades")
    void rankings() {
        JsonNode streets = as("admin").get("/api/assessment-evaluation/rankings?period=2026-Q3&by=STREET").json().path("standings");
        JsonNode goodRow = row(streets, good);
        JsonNode poorRow = row(streets, poor);
        assertThat(goodRow.path("rank").asInt()).isLessThan(poorRow.path("rank").asInt());
        assertThat(goodRow.path("meanScore").decimalValue()).isGreaterThan(poorRow.path("meanScore").decimalValue());
        assertThat(poorRow.path("grades").path("FAIL").asInt()).isEqualTo(1);
        assertThat(poorRow.path("grades").path("EXCELLENT").asInt()).isZero();

        JsonNode companies = as("admin").get("/api/assessment-evaluation/rankings?period=2026-Q3&by=COMPANY").json().path("standings");
        assertThat(row(companies, poorCompany).path("meanScore").decimalValue()).isEqualByComparingTo(poorRow.path("meanScore").decimalValue());

        // a street office sees its own street only, with the rank it holds among the district's; departments see all
        JsonNode own = role(Role.STREET_OFFICER, poor).get("/api/assessment-evaluation/rankings?period=2026-Q3").json().path("standings");
        assertThat(own).extracting(s -> s.path("key").asString()).containsExactly(poor);
        assertThat(own.get(0).path("rank").asInt()).isEqualTo(poorRow.path("rank").asInt()).isGreaterThan(1);
        JsonNode ownCompanies = role(Role.STREET_OFFICER, poor).get("/api/assessment-evaluation/rankings?period=2026-Q3&by=COMPANY")
                .json().path("standings");
        assertThat(ownCompanies).extracting(s -> s.path("key").asString()).containsExactly(poorCompany);
        assertThat(row(role(Role.DEPARTMENT_OFFICER, good).get("/api/assessment-evaluation/rankings?period=2026-Q3")
                .json().path("standings"), poor)).isNotNull();
    }

    @Test
    @DisplayName("R-ASM-5: a street's trend shows each period's mean score and grades; the drive lists its estate graded 不合格 and fallen two grades")
    void trendAndDrive() {
        JsonNode points = as("admin").get("/api/assessment-evaluation/trends?by=STREET&key=" + poor + "&from=2026-Q1&to=2026-Q3")
                .json().path("points");
        assertThat(points).extracting(p -> p.path("period").asString()).containsExactly("2026-Q1", "2026-Q2", "2026-Q3");
        assertThat(points.get(0).path("meanScore").isNumber()).as("nothing published in Q1").isFalse();
        assertThat(points.get(0).path("estates").asInt()).isZero();
        // every item passed in Q2 (the quarter's reports missing): 优秀 or 良好, two grades or more above 不合格
        assertThat(points.get(1).path("grades").path("EXCELLENT").asInt() + points.get(1).path("grades").path("GOOD").asInt())
                .isEqualTo(1);
        assertThat(points.get(2).path("grades").path("FAIL").asInt()).isEqualTo(1);

        JsonNode drive = as("admin").get("/api/assessment-evaluation/rectification-drive?period=2026-Q3").json();
        JsonNode estate = null;
        for (JsonNode e : drive.path("estates")) {
            if (e.path("estateId").asString().equals(poorEstate)) {
                estate = e;
            }
        }
        assertThat(estate).isNotNull();
        assertThat(estate.path("why")).extracting(w -> w.path("code").asString()).containsExactly("GRADED_FAIL", "FELL_TWO_GRADES");
        assertThat(estate.path("grade").path("label").asString()).isEqualTo("不合格");
        assertThat(estate.path("previousGrade").path("code").asString()).isIn("EXCELLENT", "GOOD");
        assertThat(drive.path("companies")).extracting(c -> c.path("companyId").asString()).contains(poorCompany)
                .doesNotContain(goodCompany);
        assertThat(role(Role.STREET_OFFICER, good).get("/api/assessment-evaluation/rectification-drive?period=2026-Q3")
                .json().path("estates")).isEmpty();
        assertThat(role(Role.STREET_OFFICER, poor).get("/api/assessment-evaluation/rectification-drive?period=2026-Q3")
                .json().path("estates")).extracting(e -> e.path("estateId").asString()).containsExactly(poorEstate);
        // nothing published in Q2's previous quarter, nothing failed in Q2: no estate of the street to follow up then
        assertThat(role(Role.STREET_OFFICER, poor).get("/api/assessment-evaluation/rectification-drive?period=2026-Q2")
                .json().path("estates")).isEmpty();
    }

    @Test
    void badParametersAre400() {
        for (String query : List.of("rankings?period=2026-13", "rankings?period=2026-Q3&by=ESTATE", "rankings",
                "trends?key=x&from=2026-Q1&to=2026-09", "trends?key=x&from=2026-Q3&to=2026-Q1",
                "trends?key=x&from=2024-01&to=2026-01", "trends?from=2026-Q1&to=2026-Q2", "rectification-drive?period=Q3")) {
            Api.Response refused = as("admin").get("/api/assessment-evaluation/" + query);
            assertThat(refused.status()).as(query + " " + refused.body()).isEqualTo(400);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        }
    }

    @Test
    void everyRoleOnOwnAndOtherStreetGetsWhatTheMatrixSays() {
        List<String> mismatches = new ArrayList<>();
        for (EvaluationMatrix.Row row : EvaluationMatrix.ROWS) {
            for (Role role : Role.values()) {
                for (boolean ownScope : List.of(true, false)) {
                    String street = ownScope ? good : poor;
                    String query = row.path().endsWith("/trends") ? "?key=" + street + "&from=2026-Q2&to=2026-Q3" : "?period=2026-Q3";
                    Api.Response response = role(role, good).get(row.path() + query);
                    AuthorizationMatrixIT.check(mismatches, row.line(), role, ownScope, response);
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }
}
