package org.estatecare.assessments.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.estatecare.events.codes.BasicService;
import org.estatecare.events.codes.Grade;
import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.Violation;

/**
 * Scores one serving spell's evidence by a scheme (R-ASM-1): each criterion's raw score, the weights
 * rescaled over the criteria assessed, the points, the capped deductions, the score and its grade. Basic
 * services are scored from the inspections of each level, combined by the scheme's level weights
 * (R-ASM-2, R-ASM-3); satisfaction from the survey, or as the scheme says when its sample is insufficient
 * (R-ASM-4).
 *
 * <p>When nothing can be assessed (no weighted criterion has evidence) there is no score: {@link #score}
 * refuses with the condition {@code nothing-assessable}; {@link #assessable} asks first.
 */
@Implements({"R-ASM-1", "R-ASM-2", "R-ASM-3", "R-ASM-4"})
public final class ScoreCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ScoreCalculator() {
    }

    /** How one criterion came out, before the weights are rescaled. */
    private record Assessment(Criterion criterion, LineNote note, BigDecimal raw, List<String> evidenceIds,
                              List<LevelScores> levels) {

        static Assessment leftOut(Criterion criterion, LineNote note, List<String> evidenceIds) {
            return new Assessment(criterion, note, null, evidenceIds, List.of());
        }

        static Assessment scored(Criterion criterion, LineNote note, BigDecimal raw, List<String> evidenceIds) {
            return new Assessment(criterion, note, raw, evidenceIds, List.of());
        }

        int countedWeight() {
            return note.assessed() ? criterion.weight() : 0;
        }
    }

    /**
     * The breakdown of a spell's score. Refuses rules with violations, and a spell on which nothing can be
     * assessed ({@code nothing-assessable}), each as a {@link RuleViolationException} of R-ASM-1.
     */
    public static Breakdown score(SchemeRules rules, PeriodEvidence evidence) {
        List<Violation> wrong = rules.violations();
        if (!wrong.isEmpty()) {
            throw new RuleViolationException(wrong);
        }
        List<Assessment> assessments = assess(rules, evidence);
        int assessedWeights = assessments.stream().mapToInt(Assessment::countedWeight).sum();
        if (assessedWeights == 0) {
            throw new RuleViolationException(SchemeRules.violation("nothing-assessable",
                    "no weighted criterion of the scheme has evidence in this period", null));
        }

        List<CriterionLine> lines = new ArrayList<>();
        for (Assessment a : assessments) {
            if (a.note().assessed()) {
                BigDecimal effective = CriterionLine.effectiveWeight(a.criterion().weight(), assessedWeights);
                lines.add(new CriterionLine(a.criterion().code(), a.criterion().weight(), true, effective, a.raw(),
                        CriterionLine.points(a.raw(), effective), a.note(), a.evidenceIds(), a.levels()));
            } else {
                lines.add(new CriterionLine(a.criterion().code(), a.criterion().weight(), false, BigDecimal.ZERO.setScale(4), null,
                        BigDecimal.ZERO.setScale(2), a.note(), a.evidenceIds(), a.levels()));
            }
        }
        List<DeductionLine> deductions = deductions(rules, evidence);

        BigDecimal subtotal = lines.stream().map(CriterionLine::points).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        BigDecimal deducted = deductions.stream().map(DeductionLine::applied).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        BigDecimal score = Breakdown.scoreOf(subtotal, deducted);
        Grade banded = rules.grades().gradeOf(score);
        // R-ASM-4: an insufficient sample scored as answered lets the grade be PASS at best
        GradeCap cap = lines.stream().filter(line -> line.note() == LineNote.INSUFFICIENT_SAMPLE_CAPPED)
                .filter(line -> banded.compareTo(Grade.PASS) < 0)
                .map(line -> new GradeCap(banded, Grade.PASS, line.criterion(), line.note()))
                .findFirst().orElse(null);
        Grade grade = cap == null ? banded : cap.ceiling();
        return new Breakdown(lines, deductions, subtotal, deducted, score, grade, rules.grades(), cap);
    }

    /** Whether {@link #score} would give a score: valid rules and some weighted criterion with evidence. */
    public static boolean assessable(SchemeRules rules, PeriodEvidence evidence) {
        return rules.violations().isEmpty() && assess(rules, evidence).stream().mapToInt(Assessment::countedWeight).sum() > 0;
    }

    private static List<Assessment> assess(SchemeRules rules, PeriodEvidence evidence) {
        return rules.criteria().stream().map(criterion -> assess(criterion, rules, evidence)).toList();
    }

    private static Assessment assess(Criterion criterion, SchemeRules rules, PeriodEvidence evidence) {
        if (!evidence.companyServes() && rules.notAssessedWithoutCompany().contains(criterion.code())) {
            return Assessment.leftOut(criterion, LineNote.NOT_ASSESSED_WITHOUT_COMPANY, List.of());
        }
        return switch (criterion.code()) {
            case GATE_DUTY, PATROL, CLEANING, PARKING -> inspected(criterion, criterion.code().basicService().orElseThrow(), rules, evidence);
            case SATISFACTION -> satisfaction(criterion, rules.sample(), evidence.survey());
            case COMPLAINT_HANDLING -> complaintHandling(criterion, rules.complaintHandling(), evidence.complaints());
            case FEE_PUBLICATION -> publication(criterion, rules.reportingDue(), evidence.feePublication());
            case SUBSIDY_USE_REPORTING -> publication(criterion, rules.reportingDue(), evidence.subsidyReport());
        };
    }

    /** Per level the mean of its inspections' scores, levels combined by their weights rescaled over those present. */
    private static Assessment inspected(Criterion criterion, BasicService service, SchemeRules rules, PeriodEvidence evidence) {
        Map<InspectionLevel, List<InspectionResult>> byLevel = new EnumMap<>(InspectionLevel.class);
        List<String> unweighted = new ArrayList<>();
        for (InspectionResult inspection : evidence.inspections()) {
            if (!inspection.scores().containsKey(service)) {
                continue;
            }
            if (rules.levelWeight(inspection.level()) > 0) {
                byLevel.computeIfAbsent(inspection.level(), level -> new ArrayList<>()).add(inspection);
            } else {
                unweighted.add(inspection.inspectionId());
            }
        }
        if (byLevel.isEmpty()) {
            return unweighted.isEmpty() ? Assessment.leftOut(criterion, LineNote.NO_INSPECTION, List.of())
                    : Assessment.leftOut(criterion, LineNote.NO_INSPECTION_AT_WEIGHTED_LEVEL, unweighted);
        }
        List<LevelScores> levels = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        byLevel.forEach((level, inspections) -> {
            BigDecimal total = inspections.stream().map(i -> i.scores().get(service)).reduce(BigDecimal.ZERO, BigDecimal::add);
            levels.add(new LevelScores(level, rules.levelWeight(level), inspections.size(), total));
            inspections.forEach(i -> ids.add(i.inspectionId()));
        });
        return new Assessment(criterion, LineNote.SCORED, LevelScores.combined(levels), ids, levels);
    }

    /** The share of satisfied answers × 100, or the scheme's effect of an insufficient sample (R-ASM-4). */
    private static Assessment satisfaction(Criterion criterion, SampleRule sample, Optional<SurveyResult> result) {
        if (result.isEmpty()) {
            return Assessment.leftOut(criterion, LineNote.NO_SURVEY, List.of());
        }
        SurveyResult survey = result.get();
        List<String> ids = List.of(survey.surveyId());
        BigDecimal asAnswered = survey.satisfiedShare().multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP);
        if (!sample.insufficient(survey)) {
            return Assessment.scored(criterion, LineNote.SCORED, asAnswered, ids);
        }
        return switch (sample.effect()) {
            case REWEIGHT -> Assessment.leftOut(criterion, LineNote.INSUFFICIENT_SAMPLE_LEFT_OUT, ids);
            case ZERO -> Assessment.scored(criterion, LineNote.INSUFFICIENT_SAMPLE_ZERO, BigDecimal.ZERO.setScale(2), ids);
            case CAP_AT_PASS -> Assessment.scored(criterion, LineNote.INSUFFICIENT_SAMPLE_CAPPED, asAnswered, ids);
        };
    }

    /**
     * onTimeWeight% of the on-time rate plus satisfactionWeight% of the satisfied rate; a part with nothing to
     * measure is dropped and the other counts whole; nothing to handle at all scores 100.
     */
    private static Assessment complaintHandling(Criterion criterion, ComplaintHandling parts, ComplaintRecord complaints) {
        long resolved = complaints.resolved();
        long closed = complaints.closed();
        if (resolved == 0 && closed == 0) {
            return Assessment.scored(criterion, LineNote.NO_COMPLAINTS, HUNDRED.setScale(2), List.of());
        }
        if (resolved == 0) {
            return Assessment.scored(criterion, LineNote.SATISFACTION_PART_ONLY,
                    ratio(100L * complaints.satisfied(), closed), List.of());
        }
        if (closed == 0) {
            return Assessment.scored(criterion, LineNote.ON_TIME_PART_ONLY,
                    ratio(100L * complaints.resolvedOnTime(), resolved), List.of());
        }
        long numerator = (long) parts.onTimeWeight() * complaints.resolvedOnTime() * closed
                + (long) parts.satisfactionWeight() * complaints.satisfied() * resolved;
        return Assessment.scored(criterion, LineNote.SCORED, ratio(numerator, resolved * closed), List.of());
    }

    private static Assessment publication(Criterion criterion, ReportingDue due, ReportStatus status) {
        LineNote note = switch (status) {
            case ON_TIME -> LineNote.REPORT_ON_TIME;
            case LATE -> LineNote.REPORT_LATE;
            case MISSING -> LineNote.REPORT_MISSING;
            case NOT_DUE -> LineNote.REPORT_NOT_DUE;
        };
        return due.rawScore(status).map(raw -> Assessment.scored(criterion, note, raw, List.of()))
                .orElseGet(() -> Assessment.leftOut(criterion, note, List.of()));
    }

    /** Per deduction item with findings of its kind: min(count × each, cap). */
    private static List<DeductionLine> deductions(SchemeRules rules, PeriodEvidence evidence) {
        List<DeductionLine> lines = new ArrayList<>();
        for (DeductionItem item : rules.deductions()) {
            List<Finding> found = evidence.findings().stream().filter(f -> f.kind() == item.kind()).toList();
            if (!found.isEmpty()) {
                lines.add(new DeductionLine(item.kind(), found.size(), item.pointsEach(), item.cap(), item.applied(found.size()),
                        found.stream().map(Finding::inspectionId).distinct().toList()));
            }
        }
        return lines;
    }

    private static BigDecimal ratio(long numerator, long denominator) {
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
    }
}
