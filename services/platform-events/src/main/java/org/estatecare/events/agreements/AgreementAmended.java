package org.estatecare.events.agreements;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The agreement's terms changed from {@code effectiveFrom}: version {@code version} of its terms, the earlier ones kept. */
public record AgreementAmended(String agreementId, String estateId, String street, String community, String companyId,
                               int version, LocalDate effectiveFrom, String feeBasis, BigDecimal feeAmount,
                               int extraServices, String reason) {
}
