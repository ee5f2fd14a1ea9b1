package org.estatecare.subsidies.audit;

import org.estatecare.events.codes.LabelledCode;

/** What an audit finding does (R-SUB-3). */
public enum FindingAction implements LabelledCode {
    HOLD_NEXT_DISBURSEMENT("暂停下次拨付"),
    RECTIFICATION("责令整改"),
    NOTE_ONLY("仅记录");

    private final String label;

    FindingAction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
