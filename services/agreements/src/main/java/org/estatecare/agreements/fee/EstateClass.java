package org.estatecare.agreements.fee;

import org.estatecare.events.codes.LabelledCode;

/** The class the district puts an estate in for its fee standard (R-AGR-2). */
public enum EstateClass implements LabelledCode {
    CLASS_1("一类"),
    CLASS_2("二类"),
    CLASS_3("三类");

    private final String label;

    EstateClass(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
