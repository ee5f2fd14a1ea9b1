package org.estatecare.subsidies.ledger;

import org.estatecare.events.codes.LabelledCode;

/** What a ledger entry records of a street's part of a run: its approval (核拨) or its payment. */
public enum LedgerKind implements LabelledCode {
    ALLOCATED("核拨"),
    DISBURSED("拨付");

    private final String label;

    LedgerKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
