package org.estatecare.registry.estate;

/** How an estate is managed (R-MODE-1). */
public enum ManagementMode {
    SERVICE_COMPANY("管理服务企业"),
    OWNER_SELF_MANAGEMENT("产权单位自管"),
    RESIDENT_SELF_GOVERNANCE("社区居委会组织居民自治");

    private final String label;

    ManagementMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
