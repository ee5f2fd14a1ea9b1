package org.estatecare.agreements.fee;

import org.estatecare.events.codes.LabelledCode;

/** What a management fee is charged per: floor area or household, each per month. */
public enum FeeBasis implements LabelledCode {
    PER_SQUARE_METRE_MONTH("元/平方米·月"),
    PER_HOUSEHOLD_MONTH("元/户·月");

    private final String label;

    FeeBasis(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
