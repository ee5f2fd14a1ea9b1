package org.estatecare.assessments.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.estatecare.events.codes.Grade;
import org.estatecare.events.ids.CompanyId;
import org.estatecare.events.ids.EstateId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EvaluationTest {

    static Scored scored(String street, String company, String estate, String period, long days, String score, Grade grade) {
        return new Scored(street, company == null ? null : new CompanyId(company), new EstateId(estate), period, days,
                new BigDecimal(score), grade);
    }

    @Test
    @DisplayName("R-ASM-5: streets rank by mean score, best first; equal means share a rank and are listed by name")
    void tiesShareARank() {
        List<Standing> ranked = Evaluation.rank(List.of(
                scored("dongxin", "anju", "e-1", "2026-Q3", 92, "80.00", Grade.GOOD),
                scored("chunhua", "anju", "e-2", "2026-Q3", 92, "90.00", Grade.EXCELLENT),
                scored("chunhua", null, "e-3", "2026-Q3", 92, "70.00", Grade.PASS),
                scored("beizhan", "lvyuan", "e-4", "2026-Q3", 92, "80.00", Grade.GOOD),
                scored("ankang", "lvyuan", "e-5", "2026-Q3", 92, "50.00", Grade.FAIL)), Grouping.STREET);

        assertThat(ranked).extracting(Standing::key).containsExactly("beizhan", "chunhua", "dongxin", "ankang");
        assertThat(ranked).extracting(Standing::rank).containsExactly(1, 1, 1, 4);
        Standing chunhua = ranked.get(1);
        assertThat(chunhua.meanScore()).isEqualByComparingTo("80.00");
        assertThat(chunhua.estates()).isEqualTo(2);
        assertThat(chunhua.grades()).containsEntry(Grade.EXCELLENT, 1L).containsEntry(Grade.PASS, 1L)
                .containsEntry(Grade.GOOD, 0L).containsEntry(Grade.FAIL, 0L);
    }

    @Test
    @DisplayName("R-ASM-5: a company's mean weighs each assessment by the days it served; estates without a company count for none")
    void companyMeansWeighDays() {
        List<Standing> ranked = Evaluation.rank(List.of(
                scored("chunhua", "anju", "e-1", "2026-Q3", 47, "60.00", Grade.PASS),
                scored("chunhua", "lvyuan", "e-1", "2026-Q3", 45, "90.00", Grade.EXCELLENT),
                scored("chunhua", "anju", "e-2", "2026-Q3", 92, "100.00", Grade.EXCELLENT),
                scored("chunhua", null, "e-3", "2026-Q3", 92, "10.00", Grade.FAIL)), Grouping.COMPANY);

        assertThat(ranked).extracting(Standing::key).containsExactly("lvyuan", "anju");
        // (60 × 47 + 100 × 92) / 139 = 86.474…
        assertThat(ranked.get(1).meanScore()).isEqualByComparingTo("86.47");
        assertThat(ranked.get(1).assessments()).isEqualTo(2);
        assertThat(ranked.get(0).meanScore()).isEqualByComparingTo("90.00");
    }

    @Test
    @DisplayName("R-ASM-5: a trend shows each period in order, a period without a published assessment showing none")
    void trend() {
        Map<String, List<Scored>> periods = new LinkedHashMap<>();
        periods.put("2026-Q1", List.of(scored("chunhua", "anju", "e-1", "2026-Q1", 90, "70.00", Grade.PASS)));
        periods.put("2026-Q2", List.of());
        periods.put("2026-Q3", List.of(scored("chunhua", "anju", "e-1", "2026-Q3", 92, "85.00", Grade.GOOD),
                scored("dongxin", "anju", "e-9", "2026-Q3", 92, "10.00", Grade.FAIL)));

        List<TrendPoint> points = Evaluation.trend(periods, Grouping.STREET, "chunhua");

        assertThat(points).extracting(TrendPoint::period).containsExactly("2026-Q1", "2026-Q2", "2026-Q3");
        assertThat(points.get(1).meanScore()).isNull();
        assertThat(points.get(1).grades()).containsEntry(Grade.FAIL, 0L);
        assertThat(points.get(2).meanScore()).isEqualByComparingTo("85.00");
        assertThat(Evaluation.trend(periods, Grouping.COMPANY, "anju").get(2).meanScore()).isEqualByComparingTo("47.50");
    }

    @Test
    @DisplayName("R-ASM-5: the drive lists estates graded 不合格 or fallen two grades, companies with a 不合格, and escalated orders")
    void drive() {
        List<Scored> previous = List.of(
                scored("chunhua", "anju", "e-1", "2026-Q2", 91, "95.00", Grade.EXCELLENT),
                scored("chunhua", "anju", "e-2", "2026-Q2", 91, "95.00", Grade.EXCELLENT),
                scored("chunhua", "lvyuan", "e-3", "2026-Q2", 91, "75.00", Grade.PASS));
        List<Scored> period = List.of(
                scored("chunhua", "anju", "e-1", "2026-Q3", 92, "65.00", Grade.PASS),
                scored("chunhua", "anju", "e-2", "2026-Q3", 92, "85.00", Grade.GOOD),
                scored("chunhua", "lvyuan", "e-3", "2026-Q3", 92, "40.00", Grade.FAIL),
                scored("dongxin", "lvyuan", "e-4", "2026-Q3", 92, "30.00", Grade.FAIL));

        Drive drive = Evaluation.drive(period, previous, List.of(
                new Evaluation.EscalatedOrder(new EstateId("e-2"), "chunhua", new CompanyId("anju"))));

        assertThat(drive.estates()).extracting(e -> e.estateId().value()).containsExactly("e-1", "e-2", "e-3", "e-4");
        assertThat(drive.estates().get(0).why()).containsExactly(FollowUpReason.FELL_TWO_GRADES);
        assertThat(drive.estates().get(0).previousGrade()).isEqualTo(Grade.EXCELLENT);
        assertThat(drive.estates().get(1).why()).as("fell one grade only").containsExactly(FollowUpReason.RECTIFICATION_ESCALATED);
        assertThat(drive.estates().get(2).why()).as("合格 to 不合格 is one grade").containsExactly(FollowUpReason.GRADED_FAIL);
        assertThat(drive.estates().get(3).previousGrade()).as("not assessed before").isNull();
        assertThat(drive.companies()).extracting(c -> c.companyId().value()).containsExactly("anju", "lvyuan");
        assertThat(drive.companies().get(0).why()).containsExactly(FollowUpReason.RECTIFICATION_ESCALATED);
        assertThat(drive.companies().get(1).failingAssessments()).isEqualTo(2);
    }

    @Test
    @DisplayName("R-ASM-5: means that round to the same 2 decimals share a rank, the next rank skipping the shared places")
    void meansEqualToTheCentShareARank() {
        List<Standing> ranked = Evaluation.rank(List.of(
                scored("chunhua", null, "e-1", "2026-03", 31, "80.004", Grade.GOOD),
                scored("beizhan", null, "e-2", "2026-03", 31, "79.996", Grade.GOOD),
                scored("ankang", null, "e-3", "2026-03", 31, "79.994", Grade.GOOD)), Grouping.STREET);

        assertThat(ranked).extracting(Standing::key).containsExactly("beizhan", "chunhua", "ankang");
        assertThat(ranked).extracting(Standing::rank).containsExactly(1, 1, 3);
        assertThat(ranked).extracting(s -> s.meanScore().toPlainString()).containsExactly("80.00", "80.00", "79.99");
    }

    @Test
    @DisplayName("R-ASM-5: an estate split between two companies counts once for its street, by the days each served")
    void aSplitEstateCountsOnceForItsStreet() {
        Standing street = Evaluation.rank(List.of(
                scored("chunhua", "anju", "e-1", "2026-Q3", 31, "60.00", Grade.PASS),
                scored("chunhua", "lvyuan", "e-1", "2026-Q3", 61, "90.00", Grade.EXCELLENT),
                scored("chunhua", "anju", "e-2", "2026-Q3", 92, "70.00", Grade.PASS)), Grouping.STREET).get(0);

        assertThat(street.estates()).isEqualTo(2);
        assertThat(street.assessments()).isEqualTo(3);
        // (60 × 31 + 90 × 61 + 70 × 92) / 184 = 74.945…
        assertThat(street.meanScore()).isEqualByComparingTo("74.95");
    }

    @Test
    @DisplayName("R-ASM-5: a fall of two grades or more is followed up (优秀→合格, 良好→不合格, 优秀→不合格), one grade is not")
    void twoGradeFall() {
        assertThat(Evaluation.fellTwoGradesOrMore(Grade.EXCELLENT, Grade.PASS)).isTrue();
        assertThat(Evaluation.fellTwoGradesOrMore(Grade.GOOD, Grade.FAIL)).isTrue();
        assertThat(Evaluation.fellTwoGradesOrMore(Grade.EXCELLENT, Grade.FAIL)).isTrue();
        assertThat(Evaluation.fellTwoGradesOrMore(Grade.EXCELLENT, Grade.GOOD)).isFalse();
        assertThat(Evaluation.fellTwoGradesOrMore(Grade.PASS, Grade.FAIL)).isFalse();
        assertThat(Evaluation.fellTwoGradesOrMore(Grade.FAIL, Grade.EXCELLENT)).as("a rise").isFalse();
        assertThat(Evaluation.fellTwoGradesOrMore(null, Grade.FAIL)).as("not assessed before").isFalse();

        Drive drive = Evaluation.drive(
                List.of(scored("chunhua", "anju", "e-1", "2026-01", 31, "40.00", Grade.FAIL)),
                List.of(scored("chunhua", "anju", "e-1", "2025-12", 31, "85.00", Grade.GOOD)), List.of());
        assertThat(drive.estates().get(0).why()).containsExactly(FollowUpReason.GRADED_FAIL, FollowUpReason.FELL_TWO_GRADES);
        assertThat(drive.estates().get(0).previousGrade()).isEqualTo(Grade.GOOD);
    }

    @Test
    @DisplayName("R-ASM-5: an estate's grade in the drive is its worst of the period, whichever company served")
    void anEstatesWorstGradeCounts() {
        Drive drive = Evaluation.drive(List.of(
                        scored("chunhua", "anju", "e-1", "2026-Q3", 31, "45.00", Grade.FAIL),
                        scored("chunhua", "lvyuan", "e-1", "2026-Q3", 61, "95.00", Grade.EXCELLENT)),
                List.of(scored("chunhua", "anju", "e-1", "2026-Q2", 91, "95.00", Grade.EXCELLENT)), List.of());

        assertThat(drive.estates()).singleElement().satisfies(e -> {
            assertThat(e.grade()).isEqualTo(Grade.FAIL);
            assertThat(e.why()).containsExactly(FollowUpReason.GRADED_FAIL, FollowUpReason.FELL_TWO_GRADES);
        });
        assertThat(drive.companies()).extracting(c -> c.companyId().value()).containsExactly("anju");
    }
}
