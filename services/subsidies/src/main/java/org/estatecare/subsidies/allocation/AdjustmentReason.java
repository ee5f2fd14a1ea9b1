package org.estatecare.subsidies.allocation;

import org.estatecare.events.codes.LabelledCode;

/** What a late fact changed in an earlier month, as the first difference between the trace paid and the trace now. */
public enum AdjustmentReason implements LabelledCode {
    EXIT("退出长效管理（补贴自退出之日起停止）"),
    ELIGIBILITY("纳入长效管理的日期变更"),
    RECIPIENT("补贴接收方变更"),
    CLASS("小区类别变更"),
    SIZE("户数或建筑面积变更"),
    RATE("补贴标准更正"),
    GRADE("考核等级变更");

    private final String label;

    AdjustmentReason(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
