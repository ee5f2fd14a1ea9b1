package org.estatecare.agreements.company;

/** A company's standing; only an active one signs new agreements. */
public enum CompanyStatus {
    ACTIVE("正常"),
    SUSPENDED("暂停"),
    DEREGISTERED("注销");

    private final String label;

    CompanyStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
