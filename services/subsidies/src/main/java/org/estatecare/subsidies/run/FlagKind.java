package org.estatecare.subsidies.run;

import org.estatecare.events.codes.LabelledCode;

/** What a run flags for the people who approve it: flagged, never silently cut. */
public enum FlagKind implements LabelledCode {
    BUDGET_EXCEEDED("超出街道年度预算"),
    DAYS_UNPAID("符合条件但未计补贴的天数"),
    RECIPIENT_ON_HOLD("审计要求暂停拨付的接收方");

    private final String label;

    FlagKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
