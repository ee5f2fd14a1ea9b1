package org.estatecare.registry.estate;

/** Who signs the service agreement for the residents (R-COMM-1). */
public enum SigningParty {
    MANAGEMENT_COMMITTEE("管理委员会"),
    RESIDENTS_COMMITTEE("社区居民委员会（代行）");

    private final String label;

    SigningParty(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
