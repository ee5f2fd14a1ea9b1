package org.estatecare.complaints.routing;

import org.estatecare.events.codes.LabelledCode;

/** Who can be asked to handle a complaint. */
public enum HandlerKind implements LabelledCode {
    SERVICE_COMPANY("管理服务企业"),
    RESIDENTS_COMMITTEE("社区居民委员会"),
    STREET_OFFICE("街道办事处"),
    DEPARTMENT("区级职能部门");

    private final String label;

    HandlerKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Bodies that exist only inside the scheme: an estate outside it has no company or scheme committee role. */
    boolean onlyInsideTheScheme() {
        return this == SERVICE_COMPANY || this == RESIDENTS_COMMITTEE;
    }
}
