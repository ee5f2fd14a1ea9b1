package org.estatecare.subsidies.allocation;

import org.estatecare.events.codes.LabelledCode;

/** Why eligible days earned nothing: the run flags them for the district to settle; a later run adjusts. */
public enum GapReason implements LabelledCode {
    NO_RECIPIENT("无补贴接收方（无有效服务协议或区未指定接收方）"),
    NO_CLASS("未确定小区类别"),
    NO_RATE("该类别未定补贴标准"),
    NO_SIZE("无户数及建筑面积");

    private final String label;

    GapReason(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
