package org.estatecare.assessments.rectification;

import org.estatecare.events.codes.LabelledCode;

/** What a rectification order was opened for (R-ASM-3): a finding of an inspection or re-inspection, or a failing grade. */
public enum RectificationCause implements LabelledCode {
    FINDING("检查发现问题"),
    FAILING_GRADE("考核不合格");

    private final String label;

    RectificationCause(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
