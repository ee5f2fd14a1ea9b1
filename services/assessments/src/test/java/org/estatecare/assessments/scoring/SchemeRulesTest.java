package org.estatecare.assessments.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.estatecare.assessments.scoring.Rules.d;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.estatecare.events.codes.Grade;
import org.estatecare.kit.domain.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

class SchemeRulesTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** Each change to the default breaks exactly one condition. */
    static Stream<Arguments> badRules() {
        return Stream.of(
                bad("weights-not-100", r -> r.weight(CriterionCode.GATE_DUTY, 16)),
                bad("criterion-twice", r -> r.criteria.add(new Criterion(CriterionCode.GATE_DUTY, 0))),
                bad("weight-negative", r -> {
                    r.weight(CriterionCode.GATE_DUTY, 35);
                    r.weight(CriterionCode.PATROL, -5);
                }),
                bad("level-weights-not-100", r -> r.levelWeights.put(InspectionLevel.COMMITTEE_DAILY, 50)),
                bad("level-weight-negative", r -> {
                    r.levelWeights.put(InspectionLevel.COMMITTEE_DAILY, 60);
                    r.levelWeights.put(InspectionLevel.MUNICIPAL_SPOT, -10);
                }),
                bad("grade-band-out-of-range", r -> r.grades = new GradeBands(d("100.01"), d("80"), d("60"))),
                bad("grade-band-out-of-range", r -> r.grades = new GradeBands(d("90"), d("80"), d("-0.01"))),
                bad("grade-bands-not-decreasing", r -> r.grades = new GradeBands(d("90"), d("90"), d("60"))),
                bad("grade-bands-not-decreasing", r -> r.grades = new GradeBands(d("90"), d("50"), d("60"))),
                bad("deduction-kind-twice", r -> r.deductions.add(new DeductionItem(FindingKind.LITTER, d("2"), d("4")))),
                bad("deduction-negative", r -> r.deductions.set(0, new DeductionItem(FindingKind.LITTER, d("-1"), d("5")))),
                bad("deduction-negative", r -> r.deductions.set(0, new DeductionItem(FindingKind.LITTER, d("1"), d("-5")))),
                bad("deduction-over-100", r -> r.deductions.set(0, new DeductionItem(FindingKind.LITTER, d("1E+15"), d("5")))),
                bad("deduction-over-100", r -> r.deductions.set(0, new DeductionItem(FindingKind.LITTER, d("1"), d("100.01")))),
                bad("reward-share-missing", r -> r.rewardShares.remove(Grade.FAIL)),
                bad("reward-share-out-of-range", r -> r.rewardShares.put(Grade.EXCELLENT, d("1.01"))),
                bad("reward-share-out-of-range", r -> {
                    r.rewardShares.put(Grade.FAIL, d("-0.10"));
                }),
                bad("reward-shares-increasing", r -> r.rewardShares.put(Grade.PASS, d("0.95"))),
                bad("sample-share-out-of-range", r -> r.sample = new SampleRule(d("1.20"), 30, InsufficientSample.REWEIGHT)),
                bad("sample-answers-negative", r -> r.sample = new SampleRule(d("0.30"), -1, InsufficientSample.REWEIGHT)),
                bad("complaint-parts-not-100", r -> r.complaintHandling = new ComplaintHandling(60, 50)),
                bad("complaint-part-negative", r -> r.complaintHandling = new ComplaintHandling(120, -20)),
                bad("due-days-negative", r -> r.reportingDue = new ReportingDue(-1, 15, d("50"))),
                bad("due-days-over-a-quarter", r -> r.reportingDue = new ReportingDue(10, 61, d("50"))),
                bad("late-score-out-of-range", r -> r.reportingDue = new ReportingDue(10, 15, d("100.5"))),
                bad("nothing-assessable-without-company", r -> r.notAssessedWithoutCompany = EnumSet.allOf(CriterionCode.class)),
                bad("part-missing", r -> r.grades = null),
                bad("part-missing", r -> r.sample = new SampleRule(d("0.30"), 30, null)),
                bad("part-missing", r -> r.reportingDue = null));
    }

    static Arguments bad(String condition, Consumer<Rules> change) {
        return Arguments.of(condition, Rules.defaultWith(change));
    }

    @Test
    @DisplayName("R-ASM-1: the district default has no violations")
    void districtDefaultIsValid() {
        SchemeRules rules = SchemeRules.districtDefault();

        assertThat(rules.violations()).isEmpty();
        assertThat(rules.criteria()).extracting(Criterion::weight).containsExactly(15, 15, 15, 15, 20, 10, 5, 5);
        assertThat(rules.notAssessedWithoutCompany()).containsExactlyInAnyOrder(CriterionCode.COMPLAINT_HANDLING,
                CriterionCode.FEE_PUBLICATION, CriterionCode.SUBSIDY_USE_REPORTING);
        assertThat(rules.rewardShare(Grade.GOOD)).isEqualByComparingTo("0.90");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRules")
    @DisplayName("R-ASM-1: rules that cannot be applied are refused, naming the failed condition")
    void badRulesNameTheirCondition(String condition, SchemeRules rules) {
        List<Violation> violations = rules.violations();

        assertThat(violations).extracting(Violation::condition).containsExactly(condition);
        assertThat(violations).extracting(Violation::rule).containsOnly("R-ASM-1");
    }

    @Test
    @DisplayName("R-ASM-1: every wrong part is named at once, with what it is about")
    void everythingWrongIsNamedAtOnce() {
        SchemeRules rules = Rules.defaultWith(r -> {
            r.weight(CriterionCode.SATISFACTION, 30);
            r.levelWeights.remove(InspectionLevel.MUNICIPAL_SPOT);
            r.complaintHandling = new ComplaintHandling(50, 40);
        });

        assertThat(rules.violations()).extracting(Violation::condition, Violation::about).containsExactly(
                org.assertj.core.groups.Tuple.tuple("weights-not-100", "110"),
                org.assertj.core.groups.Tuple.tuple("level-weights-not-100", "90"),
                org.assertj.core.groups.Tuple.tuple("complaint-parts-not-100", "90"));
    }

    @Test
    @DisplayName("R-ASM-1: rules read from JSON as they are, their faults named rather than thrown")
    void readFromJsonWithoutRefusing() {
        SchemeRules read = JSON.readValue("""
                {"criteria":[{"code":"GATE_DUTY","weight":60},null],"levelWeights":{"COMMITTEE_DAILY":100},
                 "grades":{"excellent":90,"good":95,"pass":60}}""", SchemeRules.class);

        assertThat(read.notAssessedWithoutCompany()).isEmpty();
        assertThat(read.deductions()).isEmpty();
        assertThat(read.violations()).extracting(Violation::condition).contains("part-missing", "weights-not-100",
                "grade-bands-not-decreasing", "reward-share-missing");
    }

    @Test
    void theDefaultSurvivesAJsonRoundTrip() {
        SchemeRules rules = SchemeRules.districtDefault();

        SchemeRules read = JSON.readValue(JSON.writeValueAsString(rules), SchemeRules.class);

        assertThat(read).isEqualTo(rules);
    }

    @Test
    void everyConditionHasItsTextInChineseAndEnglish() throws IOException {
        Properties chinese = load("problems.properties");
        Properties english = load("problems_en.properties");
        Stream<String> conditions = Stream.concat(badRules().map(a -> (String) a.get()[0]), Stream.of("nothing-assessable"));

        conditions.distinct().forEach(condition -> {
            String key = new Violation("R-ASM-1", condition, "").messageKey();
            assertThat(chinese.getProperty(key)).as(key).isNotBlank();
            assertThat(english.getProperty(key)).as(key).isNotBlank();
        });
    }

    @Test
    void gradeBandsGradeAtTheirEdges() {
        GradeBands bands = SchemeRules.districtDefault().grades();

        assertThat(bands.gradeOf(d("100"))).isEqualTo(Grade.EXCELLENT);
        assertThat(bands.gradeOf(d("90.00"))).isEqualTo(Grade.EXCELLENT);
        assertThat(bands.gradeOf(d("89.99"))).isEqualTo(Grade.GOOD);
        assertThat(bands.gradeOf(d("80"))).isEqualTo(Grade.GOOD);
        assertThat(bands.gradeOf(d("79.99"))).isEqualTo(Grade.PASS);
        assertThat(bands.gradeOf(d("60.00"))).isEqualTo(Grade.PASS);
        assertThat(bands.gradeOf(d("59.99"))).isEqualTo(Grade.FAIL);
        assertThat(bands.gradeOf(d("0"))).isEqualTo(Grade.FAIL);
    }

    @Test
    @DisplayName("R-ASM-4: the minimum sample is the larger of the share and the floor, never more than all households")
    void requiredSample() {
        SampleRule sample = new SampleRule(d("0.30"), 30, InsufficientSample.REWEIGHT);

        assertThat(sample.required(200)).isEqualTo(60);
        assertThat(sample.required(101)).as("30.3 households round up").isEqualTo(31);
        assertThat(sample.required(100)).isEqualTo(30);
        assertThat(sample.required(60)).as("the floor").isEqualTo(30);
        assertThat(sample.required(20)).as("never more than all households").isEqualTo(20);
        assertThat(sample.required(0)).isZero();
    }

    @Test
    @DisplayName("R-ASM-4: a survey short of the sample by one answer is insufficient, at the sample it is not")
    void insufficientSampleEdge() {
        SampleRule sample = new SampleRule(d("0.30"), 30, InsufficientSample.ZERO);

        assertThat(sample.insufficient(new SurveyResult("s", 200, 59, d("0.9")))).isTrue();
        assertThat(sample.insufficient(new SurveyResult("s", 200, 60, d("0.9")))).isFalse();
        assertThat(sample.insufficient(new SurveyResult("s", 0, 0, d("0")))).as("nobody answered").isTrue();
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = SchemeRulesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
