package org.estatecare.registry.estate;

import org.estatecare.events.codes.LabelledCode;

/** Outcome of the renovation's completion acceptance (验收). */
public enum AcceptanceResult implements LabelledCode {
    QUALIFIED("验收合格"),
    UNQUALIFIED("验收不合格");

    private final String label;

    AcceptanceResult(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
