package org.estatecare.agreements.company;

import org.estatecare.events.codes.LabelledCode;

/** A company's standing; only an active one signs new agreements. */
public enum CompanyStatus implements LabelledCode {
    ACTIVE("正常"),
    SUSPENDED("暂停"),
    DEREGISTERED("注销");

    private final String label;

    CompanyStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
