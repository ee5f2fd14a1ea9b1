package org.estatecare.complaints.routing;

/** What a complaint is about; each has its Chinese label. */
public enum Category {
    SERVICE_GATE_DUTY("门岗值勤服务质量"),
    SERVICE_PATROL("巡视管理服务质量"),
    SERVICE_CLEANING("楼内外清扫保洁服务质量"),
    SERVICE_PARKING("车辆停放管理服务质量"),
    ILLEGAL_BUILDING("私搭乱建"),
    ENCLOSED_PUBLIC_SPACE("圈占公共区域"),
    GROUND_LOCK("私设地锁"),
    STACKED_ITEMS("堆放物品"),
    SMALL_ADS("小广告"),
    BLOCKED_FIRE_LANE("占堵消防车通道"),
    FACILITY_REPAIR("设施报修"),
    ABANDONED_VEHICLE("废弃车辆"),
    GARBAGE_SORTING("垃圾分类"),
    OTHER("其他");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
