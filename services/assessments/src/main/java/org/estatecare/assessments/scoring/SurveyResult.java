package org.estatecare.assessments.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A closed satisfaction survey of an estate (R-ASM-4): households asked, answers (one per household) and
 * the share of answers that rated the overall service 4 or 5.
 */
public record SurveyResult(String surveyId, int households, int answers, BigDecimal satisfiedShare) {

    public SurveyResult {
        Objects.requireNonNull(surveyId, "surveyId");
        Objects.requireNonNull(satisfiedShare, "satisfiedShare");
        if (households < 0 || answers < 0 || answers > households) {
            throw new IllegalArgumentException("survey " + surveyId + ": at most one answer per household");
        }
        if (satisfiedShare.signum() < 0 || satisfiedShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("survey " + surveyId + ": the satisfied share lies between 0 and 1");
        }
    }
}
