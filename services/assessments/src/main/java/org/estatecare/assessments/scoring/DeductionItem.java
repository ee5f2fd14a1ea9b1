package org.estatecare.assessments.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.estatecare.kit.domain.Violation;

/** Points deducted per finding of a kind, never more than {@code cap} in one period (R-ASM-1). */
public record DeductionItem(FindingKind kind, BigDecimal pointsEach, BigDecimal cap) {

    private static final BigDecimal MOST = BigDecimal.valueOf(100);

    /** min(count × each, cap), to 2 decimals HALF_UP. */
    public BigDecimal applied(int count) {
        return applied(count, pointsEach, cap);
    }

    static BigDecimal applied(int count, BigDecimal each, BigDecimal cap) {
        return each.multiply(BigDecimal.valueOf(count)).min(cap).setScale(2, RoundingMode.HALF_UP);
    }

    List<Violation> violations(int position) {
        List<Violation> violations = new ArrayList<>();
        if (kind == null) {
            violations.add(SchemeRules.violation("part-missing", "a deduction item names no finding kind",
                    "deductions[" + position + "].kind"));
        }
        if (pointsEach == null || cap == null) {
            violations.add(SchemeRules.violation("part-missing", "a deduction item needs its points per finding and its cap",
                    "deductions[" + position + "]"));
        } else if (pointsEach.signum() < 0 || cap.signum() < 0) {
            violations.add(SchemeRules.violation("deduction-negative", "a deduction's points and cap must not be negative",
                    String.valueOf(kind)));
        } else if (pointsEach.compareTo(MOST) > 0 || cap.compareTo(MOST) > 0) {
            // a score lies within 0 and 100: more could never be deducted
            violations.add(SchemeRules.violation("deduction-over-100", "a deduction's points and cap must not exceed 100",
                    String.valueOf(kind)));
        }
        return violations;
    }
}
