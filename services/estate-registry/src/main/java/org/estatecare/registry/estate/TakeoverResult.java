package org.estatecare.registry.estate;

import org.estatecare.events.codes.LabelledCode;

/** The outcome of a takeover acceptance attempt (R-TAKE-1): a pass, or a fail awaiting re-acceptance. */
public enum TakeoverResult implements LabelledCode {
    PASS("接管验收合格"),
    FAIL("接管验收不合格，整改后复验");

    private final String label;

    TakeoverResult(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
