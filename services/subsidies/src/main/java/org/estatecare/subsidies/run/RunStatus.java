package org.estatecare.subsidies.run;

import org.estatecare.events.codes.LabelledCode;

/** Where a run stands: computed (and recomputed while unapproved), approved by the district (核拨), paid. */
public enum RunStatus implements LabelledCode {
    COMPUTED("已测算"),
    APPROVED("已核拨"),
    DISBURSED("已拨付");

    private final String label;

    RunStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
