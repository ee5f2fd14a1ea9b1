package org.estatecare.assessments.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The inspections of one level that scored a basic service in a spell: how many, the total of their scores
 * and the level's weight in the scheme, so that a reader can recompute the criterion's raw score exactly.
 */
public record LevelScores(InspectionLevel level, int weight, int inspections, BigDecimal total) {

    /** The level's mean, shown to 2 decimals; the raw score is computed from totals, never from rounded means. */
    public BigDecimal mean() {
        return total.divide(BigDecimal.valueOf(inspections), 2, RoundingMode.HALF_UP);
    }

    /**
     * Each level's mean, combined by the level weights rescaled over the levels present (R-ASM-2, R-ASM-3):
     * Σ weight × total / inspections ÷ Σ weight, computed over one common denominator and rounded once, to
     * 2 decimals HALF_UP.
     */
    static BigDecimal combined(List<LevelScores> levels) {
        BigDecimal common = BigDecimal.ONE;
        for (LevelScores level : levels) {
            common = common.multiply(BigDecimal.valueOf(level.inspections()));
        }
        BigDecimal numerator = BigDecimal.ZERO;
        long weights = 0;
        for (LevelScores level : levels) {
            BigDecimal share = common.divide(BigDecimal.valueOf(level.inspections()));
            numerator = numerator.add(level.total().multiply(BigDecimal.valueOf(level.weight())).multiply(share));
            weights += level.weight();
        }
        return numerator.divide(common.multiply(BigDecimal.valueOf(weights)), 2, RoundingMode.HALF_UP);
    }
}
