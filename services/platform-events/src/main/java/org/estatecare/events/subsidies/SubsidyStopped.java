package org.estatecare.events.subsidies;

import java.time.Instant;
import java.time.LocalDate;

/**
 * R-EXIT-2, R-SUB-4: the estate left the scheme, so its municipal and district subsidies stop from
 * {@code stoppedFrom} (the exit day earns nothing). Keyed by the estate id.
 */
public record SubsidyStopped(String estateId, String street, String community, LocalDate stoppedFrom, String reason,
                             Instant learntAt) {
}
