package org.estatecare.subsidies.policy;

import org.estatecare.events.codes.LabelledCode;

/** What a subsidy rate is paid by: each square metre of floor area, or each household, for a whole month. */
public enum RateUnit implements LabelledCode {
    PER_SQUARE_METRE_MONTH("元/平方米·月", 4),
    PER_HOUSEHOLD_MONTH("元/户·月", 2);

    private final String label;
    private final int decimals;

    RateUnit(String label, int decimals) {
        this.label = label;
        this.decimals = decimals;
    }

    @Override
    public String label() {
        return label;
    }

    /** The most decimals a rate in this unit carries: a fen per household, a hundredth of a fen per m². */
    public int decimals() {
        return decimals;
    }
}
