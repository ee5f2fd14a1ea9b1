package org.estatecare.agreements.fee;

/** The class the district puts an estate in for its fee standard (R-AGR-2). */
public enum EstateClass {
    CLASS_1("一类"),
    CLASS_2("二类"),
    CLASS_3("三类");

    private final String label;

    EstateClass(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
