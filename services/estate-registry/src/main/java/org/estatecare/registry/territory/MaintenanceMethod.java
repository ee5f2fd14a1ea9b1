package org.estatecare.registry.territory;

import java.time.Instant;
import java.time.LocalDate;

/** A street office's maintenance method (维修养护办法, R-MAINT-2): its title, document reference and summary, in force from a day. */
public record MaintenanceMethod(String title, String reference, LocalDate effectiveFrom, String summary, String recordedBy,
                                Instant recordedAt) {
}
