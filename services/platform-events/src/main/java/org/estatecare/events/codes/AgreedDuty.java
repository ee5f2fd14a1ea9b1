package org.estatecare.events.codes;

/**
 * What the service company undertakes besides the standard of each basic service (R-AGR-5), as items an inspection
 * checks: the rules it keeps for each basic service, the parking lines it draws, the two different procedures for
 * vehicles (guiding the owners of long-unused vehicles to deal with them; clearing ownerless non-motor vehicles), the
 * staffing of the gate's video surveillance, and its help with garbage sorting. Each belongs to one basic service.
 */
public enum AgreedDuty implements LabelledCode {
    GATE_DUTY_RULES("门岗值勤服务规范", BasicService.GATE_DUTY),
    PATROL_RULES("巡视管理服务规范", BasicService.PATROL),
    CLEANING_RULES("清扫保洁服务规范", BasicService.CLEANING),
    PARKING_RULES("车辆停放管理服务规范", BasicService.PARKING),
    PARKING_LINES("施划停车泊位线", BasicService.PARKING),
    LONG_UNUSED_VEHICLES("引导长期不用车辆的车主自行处置", BasicService.PARKING),
    OWNERLESS_NON_MOTOR_VEHICLES("清理无主非机动车", BasicService.PARKING),
    GATE_VIDEO_SURVEILLANCE("门岗视频监控值守", BasicService.GATE_DUTY),
    GARBAGE_SORTING_HELP("协助垃圾分类", BasicService.CLEANING);

    private final String label;
    private final BasicService service;

    AgreedDuty(String label, BasicService service) {
        this.label = label;
        this.service = service;
    }

    @Override
    public String label() {
        return label;
    }

    /** The basic service this duty belongs to. */
    public BasicService service() {
        return service;
    }
}
