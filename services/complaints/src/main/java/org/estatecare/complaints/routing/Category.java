package org.estatecare.complaints.routing;

import java.util.Optional;

import org.estatecare.events.codes.BasicService;
import org.estatecare.events.codes.Facility;
import org.estatecare.events.codes.LabelledCode;

/**
 * What a complaint is about; each has its Chinese label. The service-quality categories are about one of the
 * basic services (R-SCOPE-1) and read as that service's platform-wide label, e.g. 门岗值勤服务质量.
 */
public enum Category implements LabelledCode {
    SERVICE_GATE_DUTY(BasicService.GATE_DUTY),
    SERVICE_PATROL(BasicService.PATROL),
    SERVICE_CLEANING(BasicService.CLEANING),
    SERVICE_PARKING(BasicService.PARKING),
    ILLEGAL_BUILDING("私搭乱建"),
    ENCLOSED_PUBLIC_SPACE("圈占公共区域"),
    GROUND_LOCK("私设地锁"),
    STACKED_ITEMS("堆放物品"),
    SMALL_ADS("小广告"),
    BLOCKED_FIRE_LANE("占堵消防车通道"),
    FACILITY_REPAIR("设施报修"),
    PATH_REPAIR("楼间甬路报修", Facility.PATH_BETWEEN_BUILDINGS),
    STREET_LIGHT("路灯报修", Facility.STREET_LIGHT),
    ABANDONED_VEHICLE("废弃车辆"),
    GARBAGE_SORTING("垃圾分类"),
    OTHER("其他");

    private static final String SERVICE_QUALITY = "服务质量";

    private final String label;
    private final BasicService service;
    private final Facility facility;

    Category(String label) {
        this(label, null);
    }

    Category(String label, Facility facility) {
        this.label = label;
        this.service = null;
        this.facility = facility;
    }

    Category(BasicService service) {
        this.label = service.label() + SERVICE_QUALITY;
        this.service = service;
        this.facility = null;
    }

    @Override
    public String label() {
        return label;
    }

    /** The basic service a service-quality complaint is about; empty for violations, repairs and the rest. */
    public Optional<BasicService> basicService() {
        return Optional.ofNullable(service);
    }

    /** Whether it asks for a repair: routed by the facility's warranty and maintenance units (R-MAINT-1, R-MAINT-2). */
    public boolean isRepair() {
        return this == FACILITY_REPAIR || facility != null;
    }

    /** The facility a repair of this category is about, when the category says it (paths, street lights). */
    public Optional<Facility> facility() {
        return Optional.ofNullable(facility);
    }
}
