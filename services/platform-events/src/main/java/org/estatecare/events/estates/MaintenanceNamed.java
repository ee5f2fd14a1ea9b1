package org.estatecare.events.estates;

import java.time.LocalDate;
import java.util.List;

/**
 * Who maintains the estate's facilities (R-MAINT-1): the units the street office names for the fire equipment and the
 * lifts, the end of the shared facilities' warranty, and per facility its own warranty end and the unit bound by it
 * ({@code facility} is a code of {@code org.estatecare.events.codes.Facility}). A repair is the warranty unit's up to
 * and including its end day, the named unit's or the street office's after (R-MAINT-1, R-MAINT-2). Each event carries
 * the whole, so the latest replaces what came before.
 */
public record MaintenanceNamed(String estateId, String street, String community, String fireEquipmentUnit, String liftUnit,
                               LocalDate sharedFacilityWarrantyEndsOn, List<Warranty> warranties) {

    public MaintenanceNamed {
        warranties = warranties == null ? List.of() : List.copyOf(warranties);
    }

    /** One facility's warranty: it ends on {@code endsOn}; {@code unit} repairs it until then. */
    public record Warranty(String facility, LocalDate endsOn, String unit) {
    }
}
