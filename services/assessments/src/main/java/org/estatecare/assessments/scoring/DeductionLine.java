package org.estatecare.assessments.scoring;

import java.math.BigDecimal;
import java.util.List;

/** One deduction item of a breakdown: findings of its kind, points each, the cap and what was deducted. */
public record DeductionLine(FindingKind kind, int count, BigDecimal each, BigDecimal cap, BigDecimal applied,
                            List<String> inspectionIds) {

    public DeductionLine {
        inspectionIds = inspectionIds == null ? List.of() : List.copyOf(inspectionIds);
    }
}
