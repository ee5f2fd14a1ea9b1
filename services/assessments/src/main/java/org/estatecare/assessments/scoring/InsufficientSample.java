package org.estatecare.assessments.scoring;

import org.estatecare.events.codes.LabelledCode;

/** What a satisfaction survey below the scheme's minimum sample does to the score (R-ASM-4). */
public enum InsufficientSample implements LabelledCode {
    /** The satisfaction criterion is left out and the other criteria's weights rescaled. */
    REWEIGHT("不计入，其余权重按比例调整"),
    /** Scored as answered, but the grade is at most PASS. */
    CAP_AT_PASS("按实际答卷计分，等级最高为合格"),
    /** The satisfaction criterion scores 0. */
    ZERO("满意度计0分");

    private final String label;

    InsufficientSample(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
