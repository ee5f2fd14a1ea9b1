package org.estatecare.events.agreements;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A management service agreement was signed (R-AGR-1) — as a first term ({@code agreements.agreement.signed},
 * {@code renews} null) or as the next term of an earlier one ({@code agreements.agreement.renewed}). It is
 * in force from {@code termStart} to {@code termEnd} inclusive. {@code signingParty} is
 * {@code MANAGEMENT_COMMITTEE} or {@code RESIDENTS_COMMITTEE} (R-COMM-1); the fee basis is
 * {@code PER_SQUARE_METRE_MONTH} or {@code PER_HOUSEHOLD_MONTH} (R-AGR-2).
 */
public record AgreementSigned(String agreementId, String estateId, String street, String community, String companyId,
                              String signingParty, LocalDate signedOn, LocalDate termStart, LocalDate termEnd,
                              String feeBasis, BigDecimal feeAmount, int extraServices, String renews) {
}
