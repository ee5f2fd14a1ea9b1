package org.estatecare.events.agreements;

import java.time.LocalDate;

/**
 * The agreement is no longer in force after {@code lastDay}: terminated early (reason
 * {@code ESTATE_EXITED}, {@code COMPANY_DEREGISTERED}, {@code BY_PARTIES} …), or expired at the end of its term
 * (reason {@code TERM_ENDED}).
 */
public record AgreementEnded(String agreementId, String estateId, String street, String community, String companyId,
                             LocalDate lastDay, String reason) {
}
