package org.estatecare.assessments.reinspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.estatecare.assessments.assessment.AssessedSpell;
import org.estatecare.assessments.assessment.Assessment;
import org.estatecare.assessments.assessment.SchemeUsed;
import org.estatecare.assessments.inspection.CheckItem;
import org.estatecare.assessments.inspection.Checklist;
import org.estatecare.assessments.inspection.FindingId;
import org.estatecare.assessments.inspection.FindingReport;
import org.estatecare.assessments.inspection.InspectionReport;
import org.estatecare.assessments.scoring.AssessmentPeriod;
import org.estatecare.assessments.scoring.Breakdown;
import org.estatecare.assessments.scoring.ComplaintRecord;
import org.estatecare.assessments.scoring.FindingKind;
import org.estatecare.assessments.scoring.InspectionLevel;
import org.estatecare.assessments.scoring.InspectionResult;
import org.estatecare.assessments.scoring.PeriodEvidence;
import org.estatecare.assessments.scoring.ReportStatus;
import org.estatecare.assessments.scoring.SchemeRules;
import org.estatecare.assessments.scoring.ScoreCalculator;
import org.estatecare.events.codes.BasicService;
import org.estatecare.events.codes.Grade;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.StateConflictException;
import org.estatecare.kit.domain.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReInspectionTest {

    static final Instant NOW = Instant.parse("2026-10-10T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 10, 10);
    static final SchemeRules RULES = SchemeRules.districtDefault();
    static final AssessedSpell SPELL = new AssessedSpell(new EstateId("e-1"), "chunhua", "chunhua-xinhua", Optional.of("anju"),
            AssessmentPeriod.parse("2026-Q3"), LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30));

    static Assessment published(String cleaning) {
        PeriodEvidence evidence = new PeriodEvidence(true, List.of(new InspectionResult("i-1", InspectionLevel.STREET_MONTHLY,
                LocalDate.of(2026, 7, 10), Map.of(BasicService.CLEANING, new BigDecimal(cleaning)))), List.of(), Optional.empty(),
                new ComplaintRecord(0, 0, 0, 0), ReportStatus.NOT_DUE, ReportStatus.NOT_DUE);
        Breakdown breakdown = ScoreCalculator.score(RULES, evidence);
        Assessment assessment = Assessment.draft(SPELL, new SchemeUsed("district", 1, RULES.rewardShares()), breakdown, "officer", NOW);
        assessment.confirm("officer", NOW);
        assessment.publish("officer", NOW);
        return assessment;
    }

    static InspectionReport report(LocalDate on, FindingReport... findings) {
        return new InspectionReport(on, List.of(new Checklist(BasicService.CLEANING, List.of(new CheckItem("楼道清扫", true, null),
                new CheckItem("绿地保洁", false, "仍有垃圾")))), List.of(findings));
    }

    static ReInspection requested(Assessment assessment) {
        return ReInspection.request(ReInspectionId.of("r-1"), assessment, "企业对检查结果有异议", "officer", TODAY, NOW);
    }

    static List<String> conditions(Runnable command) {
        try {
            command.run();
        } catch (RuleViolationException e) {
            return e.violations().stream().map(Violation::condition).toList();
        }
        throw new AssertionError("not refused");
    }

    @Test
    @DisplayName("R-ASM-3: a re-inspection is for a published grade of 合格 or 不合格, with a reason")
    void onlyForAPoorPublishedGrade() {
        Assessment poor = published("20.00");
        assertThat(poor.grade()).isIn(Grade.PASS, Grade.FAIL);
        Assessment good = published("100.00");
        assertThat(good.grade()).isIn(Grade.EXCELLENT, Grade.GOOD);

        assertThat(requested(poor).status()).isEqualTo(ReInspectionStatus.REQUESTED);
        assertThat(conditions(() -> requested(good))).containsExactly("grade-not-poor");
        assertThat(conditions(() -> ReInspection.request(ReInspectionId.of("r-2"), poor, " ", "officer", TODAY, NOW)))
                .containsExactly("reason-missing");
    }

    @Test
    @DisplayName("R-ASM-3: a failing grade is stored waiting for its rectification order; a passing one is not")
    void aFailingGradeWaitsForItsOrder() {
        Assessment failing = published("0.00");
        assertThat(failing.grade()).isEqualTo(Grade.FAIL);
        assertThat(failing.rectificationPending()).isTrue();
        assertThat(published("100.00").rectificationPending()).isFalse();
    }

    @Test
    @DisplayName("R-ASM-3: the result is recorded once, after the request and not ahead of today, with its own findings")
    void performedOnce() {
        ReInspection reInspection = requested(published("20.00"));

        assertThat(conditions(() -> reInspection.perform(InspectionLevel.DISTRICT_SPOT, report(TODAY.minusDays(1)), "admin",
                TODAY, NOW))).containsExactly("inspected-before-request");
        assertThat(conditions(() -> reInspection.perform(InspectionLevel.DISTRICT_SPOT, report(TODAY.plusDays(1)), "admin",
                TODAY, NOW))).containsExactly("inspected-after-today");
        assertThat(conditions(() -> reInspection.perform(InspectionLevel.DISTRICT_SPOT, report(TODAY,
                new FindingReport(FindingId.of("i-1-F1"), FindingKind.LITTER, "北门", null, List.of(), null)), "admin", TODAY, NOW)))
                .containsExactly("finding-restated");

        reInspection.perform(InspectionLevel.MUNICIPAL_SPOT, report(TODAY,
                FindingReport.of(FindingKind.LITTER, "3号楼北侧", BasicService.CLEANING, List.of("p-1"), null)), "city", TODAY, NOW);

        assertThat(reInspection.status()).isEqualTo(ReInspectionStatus.PERFORMED);
        assertThat(reInspection.revisionPending()).isTrue();
        assertThat(reInspection.toResult().level()).isEqualTo(InspectionLevel.MUNICIPAL_SPOT);
        assertThat(reInspection.toResult().scores()).containsEntry(BasicService.CLEANING, new BigDecimal("50.00"));
        assertThat(reInspection.findingId(reInspection.findings().get(0)).value()).isEqualTo("r-1-F1");
        assertThatThrownBy(() -> reInspection.perform(InspectionLevel.DISTRICT_SPOT, report(TODAY), "admin", TODAY, NOW))
                .isInstanceOf(StateConflictException.class);

        reInspection.resultRecorded(1, new BigDecimal("71.50"), Grade.PASS, NOW);
        assertThat(reInspection.revisionPending()).isFalse();
        assertThat(reInspection.gradeAfter()).contains(Grade.PASS);
        reInspection.resultRecorded(1, new BigDecimal("71.50"), Grade.PASS, NOW);
        assertThat(reInspection.history()).extracting(h -> h.action()).containsExactly("requested", "performed", "grade-revised");
    }
}
