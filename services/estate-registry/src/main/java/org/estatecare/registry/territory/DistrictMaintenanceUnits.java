package org.estatecare.registry.territory;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The units the district names, and funds, to maintain a street's estates (R-MAINT-2): the shared facilities once
 * their warranty has ended, the paths between buildings (楼间甬路) and the street lights, from {@code effectiveFrom}, by
 * the district's decision {@code decisionReference}.
 */
public record DistrictMaintenanceUnits(String sharedFacilitiesUnit, String pathsUnit, String streetLightsUnit,
                                       LocalDate effectiveFrom, String decisionReference, String recordedBy,
                                       Instant recordedAt) {
}
