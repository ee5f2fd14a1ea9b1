package org.estatecare.events.codes;

/**
 * The four basic services long-term management covers (R-SCOPE-1), every agreement includes
 * (R-AGR-1) and a complaint may be about; labels in the policy's own words.
 */
public enum BasicService implements LabelledCode {
    GATE_DUTY("门岗值勤"),
    PATROL("巡视管理"),
    CLEANING("楼内外清扫保洁"),
    PARKING("车辆停放管理");

    private final String label;

    BasicService(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
