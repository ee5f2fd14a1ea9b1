package org.estatecare.events.codes;

/** Who signs the service agreement for the residents (R-COMM-1, R-AGR-1). */
public enum SigningParty implements LabelledCode {
    MANAGEMENT_COMMITTEE("管理委员会"),
    RESIDENTS_COMMITTEE("社区居民委员会（代行）");

    private final String label;

    SigningParty(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
