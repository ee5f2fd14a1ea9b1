package org.estatecare.events.codes;

/**
 * The class the district puts an estate in (R-AGR-2): its fee standard (agreements) and its subsidy rates (subsidies)
 * go by it. Decided in the agreements service and announced, effective-dated, on {@code agreements.v1}.
 */
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
