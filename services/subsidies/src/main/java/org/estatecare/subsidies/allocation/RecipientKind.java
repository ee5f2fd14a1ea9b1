package org.estatecare.subsidies.allocation;

import org.estatecare.events.codes.LabelledCode;

/** Who a line pays: the company serving the estate, or the recipient the district names for its management mode. */
public enum RecipientKind implements LabelledCode {
    COMPANY("管理服务企业"),
    DISTRICT_NAMED("区指定的补贴接收方");

    private final String label;

    RecipientKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
