package org.estatecare.assessments.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.domain.Violation;

/**
 * The least sample of a satisfaction survey (R-ASM-4): a share of the households and an absolute floor,
 * never more than all households; below it the survey is an insufficient sample with the scheme's effect.
 */
@Implements("R-ASM-4")
public record SampleRule(BigDecimal minimumShare, int minimumAnswers, InsufficientSample effect) {

    /** min(households, max(ceil(minimumShare × households), minimumAnswers)). */
    public int required(int households) {
        int byShare = minimumShare.multiply(BigDecimal.valueOf(households)).setScale(0, RoundingMode.CEILING).intValueExact();
        return Math.min(households, Math.max(byShare, minimumAnswers));
    }

    /** Whether a survey's answers fall short; a survey nobody answered always does. */
    public boolean insufficient(SurveyResult survey) {
        return survey.answers() == 0 || survey.answers() < required(survey.households());
    }

    List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        if (minimumShare == null || effect == null) {
            violations.add(SchemeRules.violation("part-missing", "the sample rule needs a minimum share and an effect", "sample"));
        } else if (minimumShare.signum() < 0 || minimumShare.compareTo(BigDecimal.ONE) > 0) {
            violations.add(SchemeRules.violation("sample-share-out-of-range", "the minimum sample share must lie between 0 and 1",
                    minimumShare.toPlainString()));
        }
        if (minimumAnswers < 0) {
            violations.add(SchemeRules.violation("sample-answers-negative", "the minimum number of answers must not be negative",
                    String.valueOf(minimumAnswers)));
        }
        return violations;
    }
}
