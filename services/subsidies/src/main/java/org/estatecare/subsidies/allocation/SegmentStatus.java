package org.estatecare.subsidies.allocation;

import org.estatecare.events.codes.LabelledCode;

/** How the days of a segment count: paid at the rate, or held at nothing until a grade says otherwise (R-SUB-2). */
public enum SegmentStatus implements LabelledCode {
    PAYABLE("按标准拨付"),
    AWAITING_GRADE("待考核结果"),
    WITHHELD_FAIL("考核不合格，复验合格前暂停拨付");

    private final String label;

    SegmentStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
