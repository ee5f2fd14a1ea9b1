package org.estatecare.assessments.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * One criterion of a breakdown: its weight in the scheme, its weight rescaled over the criteria assessed,
 * its raw score (0–100; none when left out), the points it earned, why, and the evidence it came from.
 */
public record CriterionLine(CriterionCode criterion, int weight, boolean assessed, BigDecimal effectiveWeight, BigDecimal raw,
                            BigDecimal points, LineNote note, List<String> evidenceIds, List<LevelScores> levels) {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public CriterionLine {
        evidenceIds = evidenceIds == null ? List.of() : List.copyOf(evidenceIds);
        levels = levels == null ? List.of() : List.copyOf(levels);
    }

    /** weight × 100 / (the weights of the criteria assessed), 4 decimals HALF_UP. */
    static BigDecimal effectiveWeight(int weight, int assessedWeights) {
        return BigDecimal.valueOf(weight).multiply(HUNDRED).divide(BigDecimal.valueOf(assessedWeights), 4, RoundingMode.HALF_UP);
    }

    /** raw × effective weight / 100, 2 decimals HALF_UP. */
    static BigDecimal points(BigDecimal raw, BigDecimal effectiveWeight) {
        return raw.multiply(effectiveWeight).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }
}
