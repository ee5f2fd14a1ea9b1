package org.estatecare.events.estates;

import java.time.LocalDate;

/**
 * The district named the units that maintain a street's shared facilities after their warranty, the paths between
 * buildings and the street lights (R-MAINT-2), in force from {@code effectiveFrom} (until a later naming). Key and
 * subject are the street's code, not an estate's: a repair after the warranty goes to the unit in force on its day.
 */
public record StreetMaintenanceUnitsNamed(String street, String sharedFacilitiesUnit, String pathsUnit, String streetLightsUnit,
                                          LocalDate effectiveFrom, String decisionReference) {
}
