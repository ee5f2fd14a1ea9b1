package org.estatecare.assessments.scheme;

import org.estatecare.events.codes.LabelledCode;

/**
 * Where a version of a scheme stands. A street's version is drafted, submitted and decided by the
 * district; the district's own is approved by the district from its draft. Only an approved version is
 * ever used to score.
 */
public enum VersionStatus implements LabelledCode {
    DRAFT("草稿"),
    SUBMITTED("待区审批"),
    APPROVED("已批准"),
    REJECTED("已退回");

    private final String label;

    VersionStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Drafted or waiting for the district: the one version of a scheme that may still change. */
    public boolean isOpen() {
        return this == DRAFT || this == SUBMITTED;
    }
}
