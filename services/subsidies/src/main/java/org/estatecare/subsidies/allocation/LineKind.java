package org.estatecare.subsidies.allocation;

import org.estatecare.events.codes.LabelledCode;

/** A run's own month, or the correction of an earlier month that a late fact changed. */
public enum LineKind implements LabelledCode {
    REGULAR("本期补贴"),
    ADJUSTMENT("往期调整");

    private final String label;

    LineKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
