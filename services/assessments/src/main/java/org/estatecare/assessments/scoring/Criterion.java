package org.estatecare.assessments.scoring;

/** One criterion of a scheme and its weight, out of the scheme's 100 (R-ASM-1). */
public record Criterion(CriterionCode code, int weight) {
}
