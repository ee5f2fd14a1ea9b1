package org.estatecare.complaints.complaint;

import org.estatecare.events.codes.LabelledCode;

/** Who filed it. */
public enum ReporterKind implements LabelledCode {
    RESIDENT("居民"),
    RESIDENTS_COMMITTEE("社区居民委员会"),
    SERVICE_COMPANY("管理服务企业"),
    INSPECTOR("检查人员");

    private final String label;

    ReporterKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
