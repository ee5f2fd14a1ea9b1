package org.estatecare.assessments.reinspection;

import org.estatecare.events.codes.LabelledCode;

/** REQUESTED by the street office, waiting for the district or the city; PERFORMED once its result revised the grade. */
public enum ReInspectionStatus implements LabelledCode {
    REQUESTED("待复验"),
    PERFORMED("已复验");

    private final String label;

    ReInspectionStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
