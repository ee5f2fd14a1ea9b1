package org.estatecare.assessments.scoring;

import org.estatecare.events.codes.LabelledCode;

/** The kinds of finding an inspector records; a scheme deducts per finding of a kind, capped. */
public enum FindingKind implements LabelledCode {
    LITTER("垃圾杂物未及时清理"),
    UNSORTED_GARBAGE("垃圾未分类投放"),
    GATE_UNATTENDED("门岗无人值守"),
    PATROL_MISSED("未按规定巡视"),
    DISORDERLY_PARKING("车辆乱停乱放"),
    ABANDONED_VEHICLE("废弃车辆未清理"),
    BLOCKED_FIRE_LANE("消防通道堵塞"),
    DAMAGED_FACILITY("设施损坏未修复"),
    STACKED_ITEMS("楼道堆物"),
    OTHER("其他问题");

    private final String label;

    FindingKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
