package org.estatecare.complaints.complaint;

/** Who filed it. */
public enum ReporterKind {
    RESIDENT("居民"),
    RESIDENTS_COMMITTEE("社区居委会"),
    SERVICE_COMPANY("管理服务企业"),
    INSPECTOR("检查人员");

    private final String label;

    ReporterKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
