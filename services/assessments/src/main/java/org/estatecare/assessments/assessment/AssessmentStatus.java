package org.estatecare.assessments.assessment;

import org.estatecare.events.codes.LabelledCode;

/** Computed as a draft, confirmed by the street office, then published to all (and to the subsidies). */
public enum AssessmentStatus implements LabelledCode {
    DRAFT("草稿"),
    CONFIRMED("街道已确认"),
    PUBLISHED("已公布");

    private final String label;

    AssessmentStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
