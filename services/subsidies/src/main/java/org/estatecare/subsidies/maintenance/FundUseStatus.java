package org.estatecare.subsidies.maintenance;

import org.estatecare.events.codes.LabelledCode;

/** A recorded use stands, or was voided (with its reason) and no longer counts; it is never deleted. */
public enum FundUseStatus implements LabelledCode {
    RECORDED("已登记"),
    VOIDED("已作废");

    private final String label;

    FundUseStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
