package org.estatecare.registry.estate;

import java.time.LocalDate;

/** Why and from when the estate left the scheme (R-EXIT-1, R-EXIT-2). */
public record ExitRecord(ExitReason reason, LocalDate effectiveDate) {
}
