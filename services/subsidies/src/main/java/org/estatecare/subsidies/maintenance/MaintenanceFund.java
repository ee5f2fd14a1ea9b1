package org.estatecare.subsidies.maintenance;

import org.estatecare.events.codes.LabelledCode;
import org.estatecare.kit.domain.Implements;

/**
 * Whose money paid for a repair: the street office's maintenance fund, used by the rules for the fire equipment, the
 * lifts and the public facilities added after the warranty (R-MAINT-1); or the district's, which funds the units that
 * maintain shared facilities after their warranty and the paths between buildings (R-MAINT-2).
 */
@Implements({"R-MAINT-1", "R-MAINT-2"})
public enum MaintenanceFund implements LabelledCode {
    STREET("街道维修资金"),
    DISTRICT("区级维修养护资金");

    private final String label;

    MaintenanceFund(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
