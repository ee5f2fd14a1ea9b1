package org.estatecare.assessments.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.estatecare.events.codes.Grade;

/**
 * A spell's score and how it came about, line by line, so that anyone can recompute it to the decimal
 * with the scheme's grade bands: the criteria (left-out ones too, with why), the deductions, the subtotal,
 * what was deducted, the score, the grade and why the grade was capped if it was ({@code cap} is null
 * otherwise).
 *
 * <p>score = subtotal − deducted, held within 0 and 100 (rescaled weights rounded to 4 decimals can lift
 * a perfect subtotal a few hundredths over 100), 2 decimals.
 */
public record Breakdown(List<CriterionLine> lines, List<DeductionLine> deductions, BigDecimal subtotal, BigDecimal deducted,
                        BigDecimal score, Grade grade, GradeBands bands, GradeCap cap) {

    public Breakdown {
        lines = lines == null ? List.of() : List.copyOf(lines);
        deductions = deductions == null ? List.of() : List.copyOf(deductions);
    }

    public Optional<CriterionLine> line(CriterionCode criterion) {
        return lines.stream().filter(line -> line.criterion() == criterion).findFirst();
    }

    /** The score from this breakdown's own lines: weights rescaled, points, subtotal, deductions applied. */
    public BigDecimal recompute() {
        int assessedWeights = lines.stream().filter(CriterionLine::assessed).mapToInt(CriterionLine::weight).sum();
        BigDecimal recomputedSubtotal = lines.stream().filter(CriterionLine::assessed)
                .map(line -> CriterionLine.points(line.raw(), CriterionLine.effectiveWeight(line.weight(), assessedWeights)))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal recomputedDeducted = deductions.stream()
                .map(line -> DeductionItem.applied(line.count(), line.each(), line.cap()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return scoreOf(recomputedSubtotal, recomputedDeducted);
    }

    /** The grade the recomputed score earns in the bands, no better than a line's ceiling. */
    public Grade recomputedGrade() {
        Grade banded = bands.gradeOf(recompute());
        return ceiling().filter(ceiling -> ceiling.compareTo(banded) > 0).orElse(banded);
    }

    /**
     * Whether every figure printed here is what its own lines give: each rescaled weight and each line's points,
     * each basic service's raw score from its levels, each deduction, the subtotal, the deducted total, the
     * score and the grade (and its cap).
     */
    public boolean recomputesExactly() {
        if (!complete()) {
            return false;
        }
        int assessedWeights = lines.stream().filter(CriterionLine::assessed).mapToInt(CriterionLine::weight).sum();
        for (CriterionLine line : lines) {
            if (line.assessed() != line.note().assessed()) {
                return false;
            }
            if (!line.assessed()) {
                if (line.effectiveWeight().signum() != 0 || line.points().signum() != 0) {
                    return false;
                }
                continue;
            }
            BigDecimal effective = CriterionLine.effectiveWeight(line.weight(), assessedWeights);
            if (!same(effective, line.effectiveWeight()) || !same(CriterionLine.points(line.raw(), effective), line.points())) {
                return false;
            }
            if (!line.levels().isEmpty() && !same(LevelScores.combined(line.levels()), line.raw())) {
                return false;
            }
        }
        for (DeductionLine line : deductions) {
            if (!same(DeductionItem.applied(line.count(), line.each(), line.cap()), line.applied())) {
                return false;
            }
        }
        BigDecimal printedSubtotal = lines.stream().map(CriterionLine::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal printedDeducted = deductions.stream().map(DeductionLine::applied).reduce(BigDecimal.ZERO, BigDecimal::add);
        Grade banded = bands.gradeOf(score);
        boolean capExplained = cap == null ? grade == banded
                : cap.bandGrade() == banded && cap.ceiling() == grade && grade.compareTo(banded) > 0;
        return same(printedSubtotal, subtotal) && same(printedDeducted, deducted) && same(recompute(), score)
                && recomputedGrade() == grade && capExplained;
    }

    /** Whether every figure a recomputation reads is there (a stored breakdown may have lost one). */
    private boolean complete() {
        boolean linesComplete = lines.stream().allMatch(line -> line != null && line.criterion() != null && line.note() != null
                && line.effectiveWeight() != null && line.points() != null && (!line.assessed() || line.raw() != null)
                && line.levels().stream().allMatch(level -> level.inspections() > 0 && level.total() != null)
                && line.levels().stream().mapToInt(LevelScores::weight).sum() > 0 == !line.levels().isEmpty());
        boolean deductionsComplete = deductions.stream().allMatch(line -> line != null && line.each() != null && line.cap() != null
                && line.applied() != null);
        return linesComplete && deductionsComplete && subtotal != null && deducted != null && score != null && grade != null
                && bands != null && bands.violations().isEmpty();
    }

    /** subtotal − deducted, held within 0 and 100, 2 decimals. */
    static BigDecimal scoreOf(BigDecimal subtotal, BigDecimal deducted) {
        return subtotal.subtract(deducted).max(BigDecimal.ZERO).min(CriterionLine.HUNDRED).setScale(2, RoundingMode.HALF_UP);
    }

    /** The worst grade a line allows, if a line caps the grade (an insufficient sample scored as answered, R-ASM-4). */
    private Optional<Grade> ceiling() {
        return lines.stream().anyMatch(line -> line.note() == LineNote.INSUFFICIENT_SAMPLE_CAPPED)
                ? Optional.of(Grade.PASS) : Optional.empty();
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a != null && b != null && a.compareTo(b) == 0 || Objects.equals(a, b);
    }
}
