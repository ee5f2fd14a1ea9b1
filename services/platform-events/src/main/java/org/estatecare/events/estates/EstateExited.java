package org.estatecare.events.estates;

import java.time.LocalDate;

/**
 * The estate left long-term management for one of the reasons of R-EXIT-1
 * ({@code DEMOLITION}, {@code OWNER_SELF_MANAGEMENT}, {@code MARKET_OPERATION}); subsidies stop from
 * {@code effectiveDate} (R-EXIT-2).
 */
public record EstateExited(String estateId, String street, String community, String reason, LocalDate effectiveDate) {
}
