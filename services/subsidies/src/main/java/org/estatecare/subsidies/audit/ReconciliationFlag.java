package org.estatecare.subsidies.audit;

import org.estatecare.events.codes.LabelledCode;

/** What reconciling a company's quarterly subsidy-use report (R-AGR-3) against what was paid it finds. */
public enum ReconciliationFlag implements LabelledCode {
    MISSING("逾期未报告补贴使用情况"),
    LATE("补贴使用情况报告逾期"),
    UNDER_REPORTED("报告的补贴收入少于实际拨付");

    private final String label;

    ReconciliationFlag(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
