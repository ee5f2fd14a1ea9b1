package org.estatecare.subsidies.policy;

import org.estatecare.events.codes.LabelledCode;

/** R-SUB-1: the city's subsidy, and the district's daily-management subsidy scaled by the assessment grade (R-SUB-2). */
public enum Share implements LabelledCode {
    MUNICIPAL("市级补贴"),
    DISTRICT("区级日常管理补贴");

    private final String label;

    Share(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
