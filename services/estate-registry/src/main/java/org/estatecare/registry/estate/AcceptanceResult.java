package org.estatecare.registry.estate;

/** Outcome of the renovation's completion acceptance (验收). */
public enum AcceptanceResult {
    QUALIFIED("验收合格"),
    UNQUALIFIED("验收不合格");

    private final String label;

    AcceptanceResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
