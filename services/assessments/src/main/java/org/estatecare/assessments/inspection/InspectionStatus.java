package org.estatecare.assessments.inspection;

import org.estatecare.events.codes.LabelledCode;

/** Whether an inspection stands as first recorded or has been corrected since (its history says how). */
public enum InspectionStatus implements LabelledCode {
    RECORDED("已记录"),
    CORRECTED("已更正");

    private final String label;

    InspectionStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
