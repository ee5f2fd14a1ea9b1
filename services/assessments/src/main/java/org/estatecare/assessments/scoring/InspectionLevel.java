package org.estatecare.assessments.scoring;

import org.estatecare.events.codes.LabelledCode;

/**
 * Who inspected: the residents' committee daily (R-ASM-2), the street monthly, the district and the city
 * by spot checks (R-ASM-3). How much each level weighs is the scheme's choice.
 */
public enum InspectionLevel implements LabelledCode {
    COMMITTEE_DAILY("居委会日常检查"),
    STREET_MONTHLY("街道月度考核"),
    DISTRICT_SPOT("区级抽查"),
    MUNICIPAL_SPOT("市级抽查");

    private final String label;

    InspectionLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
