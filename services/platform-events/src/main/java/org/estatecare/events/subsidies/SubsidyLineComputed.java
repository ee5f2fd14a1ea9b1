package org.estatecare.events.subsidies;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An allocation run computed an estate's subsidy for a month (R-SUB-1, R-SUB-2): one share ({@code MUNICIPAL} or
 * {@code DISTRICT}) to one recipient ({@code COMPANY} with the company's id, or the {@code DISTRICT_NAMED} recipient
 * the district names for the estate's management mode) for {@code days} eligible days. Keyed by the estate id.
 */
public record SubsidyLineComputed(String lineId, String runId, String period, String estateId, String street,
                                  String community, String share, String recipientKind, String recipientId, int days,
                                  BigDecimal amount, Instant computedAt) {
}
