package org.estatecare.events.codes;

/** How an estate is managed (R-MODE-1): by a service company (the main mode), its owner, or its residents. */
public enum ManagementMode implements LabelledCode {
    SERVICE_COMPANY("管理服务企业"),
    OWNER_SELF_MANAGEMENT("产权单位自管"),
    RESIDENT_SELF_GOVERNANCE("社区居委会组织居民自治");

    private final String label;

    ManagementMode(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
