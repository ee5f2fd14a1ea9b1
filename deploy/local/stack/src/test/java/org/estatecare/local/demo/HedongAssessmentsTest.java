package org.estatecare.local.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.estatecare.local.RealmFiles;
import org.estatecare.local.demo.HedongAssessments.AssessedEstate;
import org.estatecare.local.demo.HedongAssessments.InspectionPlan;
import org.estatecare.local.demo.HedongAssessments.Quarter;
import org.estatecare.local.demo.HedongAssessments.SchemePlan;
import org.estatecare.local.demo.HedongAssessments.SurveyAnswer;
import org.estatecare.local.demo.HedongAssessments.SurveyPlan;
import org.estatecare.local.demo.HedongDistrict.Target;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The demo's assessed quarter is the same on every machine, does each step as its office, and keeps what the tours rely on. */
class HedongAssessmentsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    /** The district's default rules as the assessments service answers them. */
    static final JsonNode DISTRICT_RULES = JsonMapper.builder().build().readTree("""
            {"criteria": [{"code": "GATE_DUTY", "weight": 15}, {"code": "PATROL", "weight": 15},
                          {"code": "CLEANING", "weight": 15}, {"code": "PARKING", "weight": 15},
                          {"code": "SATISFACTION", "weight": 20}, {"code": "COMPLAINT_HANDLING", "weight": 10},
                          {"code": "FEE_PUBLICATION", "weight": 5}, {"code": "SUBSIDY_USE_REPORTING", "weight": 5}],
             "notAssessedWithoutCompany": ["COMPLAINT_HANDLING", "FEE_PUBLICATION", "SUBSIDY_USE_REPORTING"],
             "levelWeights": {"COMMITTEE_DAILY": 40, "STREET_MONTHLY": 30, "DISTRICT_SPOT": 20, "MUNICIPAL_SPOT": 10},
             "deductions": [{"kind": "LITTER", "pointsEach": 1, "cap": 5}, {"kind": "UNSORTED_GARBAGE", "pointsEach": 1, "cap": 5},
                            {"kind": "GATE_UNATTENDED", "pointsEach": 2, "cap": 6}, {"kind": "PATROL_MISSED", "pointsEach": 2, "cap": 6},
                            {"kind": "DISORDERLY_PARKING", "pointsEach": 1, "cap": 5}, {"kind": "ABANDONED_VEHICLE", "pointsEach": 1, "cap": 4},
                            {"kind": "BLOCKED_FIRE_LANE", "pointsEach": 3, "cap": 9}, {"kind": "DAMAGED_FACILITY", "pointsEach": 1, "cap": 5},
                            {"kind": "STACKED_ITEMS", "pointsEach": 1, "cap": 5}, {"kind": "OTHER", "pointsEach": 0.5, "cap": 3}],
             "grades": {"excellent": 90, "good": 80, "pass": 60},
             "rewardShares": {"EXCELLENT": 1.00, "GOOD": 0.90, "PASS": 0.70, "FAIL": 0.00},
             "sample": {"minimumShare": 0.30, "minimumAnswers": 30, "effect": "REWEIGHT"},
             "complaintHandling": {"onTimeWeight": 60, "satisfactionWeight": 40},
             "reportingDue": {"feePublicationWorkingDays": 10, "subsidyReportWorkingDays": 15, "lateScore": 50}}
            """);

    final HedongDistrict district = HedongDistrict.demo();
    final HedongAssessments plan = HedongAssessments.of(district, TODAY);

    @Test
    void theQuarterIsTheLastCompleteOneBeforeToday() {
        assertThat(Quarter.lastCompleteBefore(TODAY)).isEqualTo(new Quarter(2026, 3));
        assertThat(Quarter.lastCompleteBefore(LocalDate.of(2026, 10, 1))).isEqualTo(new Quarter(2026, 3));
        assertThat(Quarter.lastCompleteBefore(LocalDate.of(2026, 9, 30))).isEqualTo(new Quarter(2026, 2));
        assertThat(Quarter.lastCompleteBefore(LocalDate.of(2027, 1, 1))).isEqualTo(new Quarter(2026, 4));
        assertThat(new Quarter(2026, 3).code()).isEqualTo("2026-Q3");
        assertThat(new Quarter(2026, 3).start()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(new Quarter(2026, 4).end()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void seededTheSamePlanAllQuarterLongAndAnotherNextQuarter() {
        assertThat(HedongAssessments.of(HedongDistrict.demo(), LocalDate.of(2026, 10, 1))).isEqualTo(plan);
        assertThat(HedongAssessments.of(district, LocalDate.of(2026, 12, 31))).isEqualTo(plan);
        HedongAssessments next = HedongAssessments.of(district, LocalDate.of(2027, 1, 4));
        assertThat(next.quarter().code()).isEqualTo("2026-Q4");
        assertThat(next.estates().get(0).inspections()).isNotEqualTo(plan.estates().get(0).inspections());
    }

    @Test
    @DisplayName("R-ASM-1: every street has its own version, told from anyone else's by its note")
    void aSchemePerStreet() {
        assertThat(plan.schemes()).extracting(SchemePlan::street).containsExactlyElementsOf(district.streets());
        assertThat(plan.schemes().stream().map(SchemePlan::note).distinct()).hasSize(district.streets().size());
        assertThat(plan.schemes()).allSatisfy(s -> assertThat(s.note()).startsWith(s.street().name()).contains("演示数据"));
    }

    @Test
    @DisplayName("R-ASM-1: each street departs from the district's rules in one part, its weights still summing to 100")
    void eachStreetChangesOnePartOfTheDistrictsRules() {
        for (SchemePlan scheme : plan.schemes()) {
            JsonNode rules = scheme.change().applyTo(DISTRICT_RULES);
            List<String> changedParts = new ArrayList<>();
            DISTRICT_RULES.propertyNames().forEach(part -> {
                if (!DISTRICT_RULES.path(part).equals(rules.path(part))) {
                    changedParts.add(part);
                }
            });

            assertThat(changedParts).as(scheme.note()).hasSize(1);
            assertThat(sum(rules.path("criteria"), "weight")).as(scheme.note()).isEqualTo(100);
            assertThat(rules.path("levelWeights").valueStream().mapToInt(JsonNode::asInt).sum()).isEqualTo(100);
            assertThat(rules.path("criteria").valueStream()).allSatisfy(c -> assertThat(c.path("weight").asInt()).isPositive());
            assertThat(DISTRICT_RULES.path("criteria").get(0).path("weight").asInt()).as("the district's own rules untouched")
                    .isEqualTo(15);
        }
        assertThat(plan.schemes().stream().map(s -> s.change().getClass()).distinct()).hasSize(3);
    }

    @Test
    void aFewIncludedEstatesPerStreetButNotTheToursCommunity() {
        Map<String, Long> perStreet = plan.estates().stream()
                .collect(Collectors.groupingBy(e -> e.estate().street().code(), Collectors.counting()));

        assertThat(perStreet.keySet()).containsExactlyInAnyOrderElementsOf(
                district.streets().stream().map(HedongDistrict.Street::code).toList());
        assertThat(perStreet.values()).allSatisfy(n -> assertThat(n).isBetween(1L, (long) HedongAssessments.ESTATES_PER_STREET));
        assertThat(plan.estates()).allSatisfy(e -> {
            assertThat(e.estate().target()).isEqualTo(Target.INCLUDED);
            assertThat(e.estate().includedOn()).isBefore(plan.quarter().start());
            assertThat(e.estate().community().code()).isNotEqualTo(HedongDistrict.LEFT_FOR_THE_TOUR);
        });
        assertThat(plan.estates()).as("estates with and without a company").anyMatch(e -> e.companyId() == null)
                .anyMatch(e -> e.companyId() != null);
    }

    @Test
    @DisplayName("R-ASM-2, R-ASM-3: the committee and the street inspect every month, the district once per street, within the quarter")
    void inspectionsAtThreeLevelsWithinTheQuarter() {
        for (AssessedEstate e : plan.estates()) {
            for (int m = 0; m < 3; m++) {
                var month = plan.quarter().month(m);
                assertThat(e.inspections()).filteredOn(i -> month.equals(java.time.YearMonth.from(i.inspectedOn())))
                        .extracting(InspectionPlan::level).contains("COMMITTEE_DAILY", "STREET_MONTHLY");
            }
            assertThat(e.inspections()).allSatisfy(i -> assertThat(i.inspectedOn())
                    .isBetween(plan.quarter().start(), plan.quarter().end()).isBefore(TODAY));
        }
        Map<String, Long> spotChecks = plan.estates().stream()
                .filter(e -> e.inspections().stream().anyMatch(i -> i.level().equals("DISTRICT_SPOT")))
                .collect(Collectors.groupingBy(e -> e.estate().street().code(), Collectors.counting()));
        assertThat(spotChecks).hasSize(district.streets().size()).allSatisfy((street, n) -> assertThat(n).isOne());
    }

    @Test
    @DisplayName("R-ASM-2, R-ASM-3: every failed item is a finding the scheme deducts for; some estates are served worse than others")
    void findingsAreTheFailedItems() {
        Set<String> deductible = DISTRICT_RULES.path("deductions").valueStream().map(d -> d.path("kind").asString())
                .collect(Collectors.toSet());
        List<InspectionPlan> inspections = plan.estates().stream().flatMap(e -> e.inspections().stream()).toList();

        assertThat(inspections).allSatisfy(i -> {
            assertThat(i.findings()).hasSize((int) i.checks().stream().filter(c -> !c.passed()).count());
            assertThat(i.checks()).extracting(HedongAssessments.Check::service)
                    .containsOnly("GATE_DUTY", "PATROL", "CLEANING", "PARKING");
            assertThat(i.findings()).allSatisfy(f -> {
                assertThat(deductible).contains(f.kind());
                assertThat(f.photos()).singleElement().asString().doesNotContainAnyWhitespaces();
            });
        });
        assertThat(plan.inspectionCount()).isEqualTo(inspections.size());
        assertThat(inspections).anyMatch(i -> i.findings().isEmpty()).anyMatch(i -> i.findings().size() >= 3);
    }

    @Test
    @DisplayName("R-ASM-2, R-ASM-3: each level is recorded by its own office: the estate's committee, its street, the district")
    void eachLevelRecordedByItsOffice() {
        for (AssessedEstate e : plan.estates()) {
            for (InspectionPlan i : e.inspections()) {
                String expected = switch (i.level()) {
                    case "COMMITTEE_DAILY" -> e.committee();
                    case "STREET_MONTHLY" -> e.streetOfficer();
                    default -> HedongAssessments.DISTRICT;
                };
                assertThat(i.recorder()).as(i.level()).isEqualTo(expected);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-05", "2027-04-01", "2027-08-15", "2028-02-01"})
    void everyoneThePlanSignsInAsIsADevelopmentUserOfThatOffice(String today) {
        Map<String, Map<String, Object>> users = developmentUsers();
        HedongAssessments quarter = HedongAssessments.of(district, LocalDate.parse(today));

        assertThat(users.get(HedongAssessments.DISTRICT)).as("the demo client's account")
                .extractingByKey("realmRoles").isEqualTo(List.of("district-admin"));
        for (SchemePlan scheme : quarter.schemes()) {
            assertThat(users).as(scheme.officer()).containsKey(scheme.officer());
            Map<String, Object> officer = users.get(scheme.officer());
            assertThat(officer.get("realmRoles")).isEqualTo(List.of("street-officer"));
            assertThat(attribute(officer, "street")).isEqualTo(List.of(scheme.street().code()));
        }
        for (AssessedEstate e : quarter.estates()) {
            assertThat(users).as(e.committee()).containsKey(e.committee());
            Map<String, Object> committee = users.get(e.committee());
            assertThat(committee.get("realmRoles")).isEqualTo(List.of("community-officer"));
            assertThat(attribute(committee, "community")).isEqualTo(List.of(e.estate().community().code()));
            assertThat(attribute(committee, "street")).isEqualTo(List.of(e.estate().street().code()));
            assertThat(e.streetOfficer()).isEqualTo(HedongAssessments.streetOfficer(e.estate().street()));
        }
        assertThat(quarter.users()).allSatisfy(user -> assertThat(password(users.get(user))).isEqualTo("demo"));
    }

    @Test
    void theToursUsersKeepTheirNames() {
        assertThat(HedongAssessments.streetOfficer(district.streets().get(0))).isEqualTo("dwz-officer");
        assertThat(plan.schemes()).filteredOn(s -> s.street().code().equals("chunhua"))
                .singleElement().extracting(SchemePlan::officer).isEqualTo("chunhua-officer");
        assertThat(HedongAssessments.committee(new HedongDistrict.Community(HedongDistrict.LEFT_FOR_THE_TOUR, "新华社区")))
                .isEqualTo("chunhua-community");
    }

    @Test
    @DisplayName("R-ASM-4: a code for every household, answers from more than the district's minimum sample, by code and on paper")
    void theSurveyReachesTheMinimumSample() {
        SurveyPlan survey = plan.survey();
        int households = survey.estate().estate().households();

        assertThat(survey.estate().companyId()).as("a company answers for the satisfaction it earns").isNotNull();
        assertThat(survey.officer()).isEqualTo(survey.estate().streetOfficer());
        assertThat(survey.households()).hasSize(households).doesNotHaveDuplicates()
                .allSatisfy(h -> assertThat(h).matches("^[0-9A-Za-z]+(-[0-9A-Za-z]+){0,3}$"));
        assertThat(survey.answers()).extracting(SurveyAnswer::household).doesNotHaveDuplicates()
                .isSubsetOf(survey.households());
        int required = Math.min(households, Math.max(30,
                new BigDecimal("0.30").multiply(BigDecimal.valueOf(households)).setScale(0, RoundingMode.CEILING).intValueExact()));
        assertThat(survey.answers().size()).isGreaterThanOrEqualTo(required);
        assertThat(survey.answers()).anyMatch(SurveyAnswer::withCode).anyMatch(a -> !a.withCode());
        assertThat(survey.answers()).allSatisfy(a -> {
            assertThat(a.ratings()).containsOnlyKeys("GATE_DUTY", "PATROL", "CLEANING", "PARKING");
            assertThat(a.ratings().values()).allSatisfy(r -> assertThat(r).isBetween(1, 5));
            assertThat(a.overall()).isBetween(1, 5);
        });
    }

    @Test
    void feesArePublishedOnlyForTheAgreementsQuarter() {
        assertThat(plan.quarter().code()).isEqualTo(HedongDistrict.PUBLISHED_QUARTER_CODE);
        assertThat(plan.estates()).filteredOn(AssessedEstate::feesPublished).isNotEmpty()
                .allSatisfy(e -> assertThat(e.companyId()).isNotNull());
        assertThat(HedongAssessments.of(district, LocalDate.of(2027, 2, 1)).estates()).noneMatch(AssessedEstate::feesPublished);
    }

    private static int sum(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).mapToInt(n -> n.path(field).asInt()).sum();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> developmentUsers() {
        Map<String, Map<String, Object>> users = new HashMap<>();
        for (Object user : (List<Object>) RealmFiles.json(RealmFiles.DEVELOPMENT).get("users")) {
            Map<String, Object> u = (Map<String, Object>) user;
            users.put((String) u.get("username"), u);
        }
        return users;
    }

    @SuppressWarnings("unchecked")
    private static Object attribute(Map<String, Object> user, String name) {
        return ((Map<String, Object>) user.get("attributes")).get(name);
    }

    @SuppressWarnings("unchecked")
    private static Object password(Map<String, Object> user) {
        return ((Map<String, Object>) ((List<Object>) user.get("credentials")).get(0)).get("value");
    }
}
