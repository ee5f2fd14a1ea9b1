package org.estatecare.events.agreements;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * R-AGR-4: the company published to all residents the fee collection and use of a quarter
 * ({@code quarter} as {@code 2026-Q1}). Household counts are household-months over the quarter;
 * {@code collectionRate} is collected ÷ billed, four decimals.
 */
public record FeePeriodPublished(String publicationId, String estateId, String street, String community,
                                 String companyId, String agreementId, String quarter, int householdsBilled,
                                 int householdsPaid, BigDecimal amountBilled, BigDecimal amountCollected,
                                 BigDecimal collectionRate, BigDecimal amountSpent, Instant publishedAt) {
}
