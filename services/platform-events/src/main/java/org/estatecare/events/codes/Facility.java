package org.estatecare.events.codes;

/**
 * The shared facilities of an estate that somebody must maintain: the fire equipment and lifts whose
 * units the street office names (R-MAINT-1), the shared facilities whose warranty runs out, and the paths
 * between buildings and street lights whose units the district names (R-MAINT-2). A repair complaint, a
 * warranty and a maintenance-fund use name the facility the same way in every service.
 */
public enum Facility implements LabelledCode {
    FIRE_EQUIPMENT("消防设施设备"),
    LIFT("电梯"),
    ROOF_WATERPROOFING("屋面防水"),
    EXTERNAL_WALLS("外墙及保温"),
    WATER_AND_DRAINAGE("给排水设施"),
    HEATING("供暖设施"),
    POWER_LINES("供电线路"),
    STAIRWELL_LIGHTING("楼道照明"),
    UNIT_DOORS("单元门及门禁"),
    SURVEILLANCE("安防监控设施"),
    PATH_BETWEEN_BUILDINGS("楼间甬路"),
    STREET_LIGHT("路灯"),
    GREENING("绿化"),
    OTHER("其他公共设施");

    private final String label;

    Facility(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
