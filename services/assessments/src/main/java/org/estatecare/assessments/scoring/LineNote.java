package org.estatecare.assessments.scoring;

import org.estatecare.events.codes.LabelledCode;

/** Why a criterion's line of a breakdown reads as it does, for the reader who recomputes it. */
public enum LineNote implements LabelledCode {
    SCORED("按证据计分", true),
    NO_INSPECTION("期内无该项检查，不计入", false),
    NO_INSPECTION_AT_WEIGHTED_LEVEL("期内检查所属层级权重为0，不计入", false),
    NO_SURVEY("期内无满意度调查，不计入", false),
    INSUFFICIENT_SAMPLE_LEFT_OUT("样本不足，不计入，其余权重按比例调整", false),
    INSUFFICIENT_SAMPLE_ZERO("样本不足，计0分", true),
    INSUFFICIENT_SAMPLE_CAPPED("样本不足，按实际答卷计分，等级最高为合格", true),
    NO_COMPLAINTS("期内无需办理的诉求，计满分", true),
    ON_TIME_PART_ONLY("期内无已办结诉求可计满意率，仅计按时办结率", true),
    SATISFACTION_PART_ONLY("期内无已办理诉求可计按时率，仅计诉求人满意率", true),
    REPORT_ON_TIME("按时公示或报告", true),
    REPORT_LATE("逾期公示或报告", true),
    REPORT_MISSING("到期未公示或报告，计0分", true),
    REPORT_NOT_DUE("期内未到期，不计入", false),
    NOT_ASSESSED_WITHOUT_COMPANY("无管理服务企业，不考核该项", false);

    private final String label;
    private final boolean assessed;

    LineNote(String label, boolean assessed) {
        this.label = label;
        this.assessed = assessed;
    }

    @Override
    public String label() {
        return label;
    }

    /** Whether a line with this note counts in the score (and its weight in the rescaling). */
    public boolean assessed() {
        return assessed;
    }
}
