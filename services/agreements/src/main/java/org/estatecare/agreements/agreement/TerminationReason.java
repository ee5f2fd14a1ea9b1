package org.estatecare.agreements.agreement;

import org.estatecare.events.codes.LabelledCode;

/** Why an agreement ended before its term. {@code ESTATE_EXITED} comes only from the registry's event. */
public enum TerminationReason implements LabelledCode {
    BY_PARTIES("双方协商解除"),
    COMPANY_BREACH("服务企业违约"),
    COMPANY_WITHDRAWAL("服务企业退出"),
    ESTATE_EXITED("小区退出长效管理"),
    OTHER("其他");

    private final String label;

    TerminationReason(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
