package org.estatecare.events.codes;

/**
 * The grade of an estate's assessment for a period (R-ASM-1), best first. Fixed codes: the subsidies
 * service allocates by them (R-SUB-2), so a code added later would break its consumers.
 */
public enum Grade implements LabelledCode {
    EXCELLENT("优秀"),
    GOOD("良好"),
    PASS("合格"),
    FAIL("不合格");

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
