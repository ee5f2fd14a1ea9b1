package org.estatecare.registry.estate;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.estatecare.events.codes.Facility;
import org.estatecare.kit.domain.Implements;

/**
 * Maintenance named by the street office (R-MAINT-1): the units maintaining fire equipment and lifts, the end of the
 * shared-facility warranty, after which the street office maintains newly added public facilities, and per facility
 * its own warranty end and the unit bound by it (a renovation's roof may be warranted longer than its pipes).
 */
@Implements("R-MAINT-1")
public record Maintenance(String fireEquipmentUnit, String liftUnit, LocalDate sharedFacilityWarrantyEndsOn,
                          List<Warranty> warranties) {

    public static final Maintenance NOT_NAMED = new Maintenance(null, null, null, List.of());

    public Maintenance {
        warranties = warranties == null ? List.of() : List.copyOf(warranties);
        Set<Facility> seen = new HashSet<>();
        for (Warranty warranty : warranties) {
            if (!seen.add(warranty.facility())) {
                throw new IllegalArgumentException("one warranty per facility: " + warranty.facility() + " is named twice");
            }
        }
    }

    public Maintenance(String fireEquipmentUnit, String liftUnit, LocalDate sharedFacilityWarrantyEndsOn) {
        this(fireEquipmentUnit, liftUnit, sharedFacilityWarrantyEndsOn, List.of());
    }

    /** One facility's warranty: it ends on {@code endsOn}; {@code unit} repairs it until then. */
    public record Warranty(Facility facility, LocalDate endsOn, String unit) {
    }

    /** True from the day after the warranty ends: the street office maintains new public facilities. */
    public boolean streetOfficeMaintainsOn(LocalDate day) {
        return sharedFacilityWarrantyEndsOn != null && day.isAfter(sharedFacilityWarrantyEndsOn);
    }

    /** The facility's own warranty, where one is named. */
    public Optional<Warranty> warrantyOf(Facility facility) {
        return warranties.stream().filter(w -> w.facility() == facility).findFirst();
    }
}
