package org.estatecare.registry.estate;

import java.time.LocalDate;
import org.estatecare.kit.domain.Implements;

/**
 * Maintenance named by the street office (R-MAINT-1): the units maintaining fire equipment and lifts,
 * and the end of the shared-facility warranty, after which the street office maintains newly added
 * public facilities.
 */
@Implements("R-MAINT-1")
public record Maintenance(String fireEquipmentUnit, String liftUnit, LocalDate sharedFacilityWarrantyEndsOn) {

    public static final Maintenance NOT_NAMED = new Maintenance(null, null, null);

    /** True from the day after the warranty ends: the street office maintains new public facilities. */
    public boolean streetOfficeMaintainsOn(LocalDate day) {
        return sharedFacilityWarrantyEndsOn != null && day.isAfter(sharedFacilityWarrantyEndsOn);
    }
}
