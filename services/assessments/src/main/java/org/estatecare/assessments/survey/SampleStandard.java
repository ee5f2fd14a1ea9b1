package org.estatecare.assessments.survey;

import java.util.Objects;

import org.estatecare.assessments.scoring.SampleRule;

/**
 * The minimum sample a survey is judged by when it closes (R-ASM-4), and the scheme version it comes from: the
 * scheme in force for the estate's street on the period's last day.
 */
public record SampleStandard(String scheme, int schemeVersion, SampleRule rule) {

    public SampleStandard {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(rule, "rule");
    }
}
