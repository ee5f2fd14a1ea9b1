package org.estatecare.assessments.rectification;

import org.estatecare.events.codes.LabelledCode;

/**
 * Where a rectification order stands: OPEN waits for the company's answer (again after an answer the inspector
 * did not accept), ANSWERED for the inspector's verification, CLOSED once the inspector accepted the correction.
 */
public enum RectificationStatus implements LabelledCode {
    OPEN("待整改"),
    ANSWERED("待验收"),
    CLOSED("已销号");

    private final String label;

    RectificationStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
