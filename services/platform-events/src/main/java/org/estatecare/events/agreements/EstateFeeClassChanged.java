package org.estatecare.events.agreements;

import java.time.Instant;
import java.time.LocalDate;

/**
 * R-AGR-2: the district put the estate in fee class {@code estateClass} ({@code CLASS_1} … {@code CLASS_3})
 * from {@code effectiveFrom} on, until a later decision takes over; the fee standard of that class applies
 * to the estate's agreements on those days. Decided at {@code decidedAt}, which may be before or after
 * {@code effectiveFrom}.
 */
public record EstateFeeClassChanged(String estateId, String street, String community, String estateClass,
                                    LocalDate effectiveFrom, Instant decidedAt) {
}
