package org.estatecare.complaints.complaint;

import org.estatecare.events.codes.LabelledCode;

/** Where a complaint stands. Routing happens as it is filed, so it starts assigned (or linked as a duplicate). */
public enum ComplaintStatus implements LabelledCode {
    ASSIGNED("已分派"),
    IN_PROGRESS("处理中"),
    RESOLVED("已办结"),
    CLOSED("已关闭"),
    DUPLICATE("重复件（已并入）");

    private final String label;

    ComplaintStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean isOpen() {
        return this == ASSIGNED || this == IN_PROGRESS;
    }
}
