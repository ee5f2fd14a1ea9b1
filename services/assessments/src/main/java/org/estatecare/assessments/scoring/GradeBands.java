package org.estatecare.assessments.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.estatecare.events.codes.Grade;
import org.estatecare.kit.domain.Violation;

/** The least score of each grade; a score below {@code pass} is FAIL (R-ASM-1). */
public record GradeBands(BigDecimal excellent, BigDecimal good, BigDecimal pass) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The grade a score earns: at a band's least score exactly, that band. */
    public Grade gradeOf(BigDecimal score) {
        if (score.compareTo(excellent) >= 0) {
            return Grade.EXCELLENT;
        }
        if (score.compareTo(good) >= 0) {
            return Grade.GOOD;
        }
        return score.compareTo(pass) >= 0 ? Grade.PASS : Grade.FAIL;
    }

    /** The least score of a grade (FAIL: 0). */
    public BigDecimal least(Grade grade) {
        return switch (grade) {
            case EXCELLENT -> excellent;
            case GOOD -> good;
            case PASS -> pass;
            case FAIL -> BigDecimal.ZERO;
        };
    }

    List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        if (excellent == null || good == null || pass == null) {
            violations.add(SchemeRules.violation("part-missing", "the grade bands need the least score of excellent, good and pass",
                    "grades"));
            return violations;
        }
        for (BigDecimal least : List.of(excellent, good, pass)) {
            if (least.signum() < 0 || least.compareTo(HUNDRED) > 0) {
                violations.add(SchemeRules.violation("grade-band-out-of-range", "a grade band must lie between 0 and 100",
                        least.toPlainString()));
            }
        }
        if (excellent.compareTo(good) <= 0 || good.compareTo(pass) <= 0) {
            violations.add(SchemeRules.violation("grade-bands-not-decreasing",
                    "grade bands must strictly decrease from excellent to good to pass",
                    excellent.toPlainString() + "/" + good.toPlainString() + "/" + pass.toPlainString()));
        }
        return violations;
    }
}
