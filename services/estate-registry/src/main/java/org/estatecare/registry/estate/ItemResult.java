package org.estatecare.registry.estate;

import org.estatecare.events.codes.LabelledCode;

/** What the inspector found for one item of the takeover acceptance standard (R-TAKE-2). */
public enum ItemResult implements LabelledCode {
    PASS("合格"),
    FAIL("不合格，需整改"),
    NOT_APPLICABLE("不适用");

    private final String label;

    ItemResult(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
