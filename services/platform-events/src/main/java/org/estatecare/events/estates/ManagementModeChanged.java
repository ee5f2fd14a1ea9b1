package org.estatecare.events.estates;

import java.time.LocalDate;

/**
 * The estate's management mode (R-MODE-1: {@code SERVICE_COMPANY}, {@code OWNER_SELF_MANAGEMENT},
 * {@code RESIDENT_SELF_GOVERNANCE}) from {@code effectiveFrom}.
 */
public record ManagementModeChanged(String estateId, String street, String community, String mode,
                                    LocalDate effectiveFrom) {
}
