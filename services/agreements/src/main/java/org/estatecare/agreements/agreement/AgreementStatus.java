package org.estatecare.agreements.agreement;

import org.estatecare.events.codes.LabelledCode;

/** Where an agreement stands. SIGNED waits for its first day; ACTIVE is in force. */
public enum AgreementStatus implements LabelledCode {
    DRAFT("草稿"),
    SIGNED("已签订待生效"),
    ACTIVE("履行中"),
    EXPIRED("已到期"),
    TERMINATED("已终止");

    private final String label;

    AgreementStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Signed and not ended: it holds (or will hold) the estate's one place for an agreement. */
    public boolean holds() {
        return this == SIGNED || this == ACTIVE;
    }
}
