package org.estatecare.subsidies.audit;

import org.estatecare.events.codes.LabelledCode;

/** An audit finding is open until the auditor or the district closes it. */
public enum FindingStatus implements LabelledCode {
    OPEN("未结"),
    CLOSED("已结");

    private final String label;

    FindingStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
