package org.estatecare.registry.estate;

import org.estatecare.events.codes.LabelledCode;

/** Where an estate stands in the scheme (R-TAKE-1, R-ELIG-1, R-ELIG-2, R-EXIT-1). */
public enum EstateStatus implements LabelledCode {
    REGISTERED("已登记"),
    TAKEOVER_ACCEPTED("已接管验收"),
    FILED("已报备"),
    INCLUDED("已纳入长效管理"),
    NOT_INCLUDED("未纳入（原渠道管理）"),
    EXITED("已退出");

    private final String label;

    EstateStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Still on the way into the scheme: a decision not to include it can be taken. */
    boolean isPending() {
        return this == REGISTERED || this == TAKEOVER_ACCEPTED || this == FILED;
    }
}
