package org.estatecare.subsidies.audit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.estatecare.events.ids.CompanyId;
import org.estatecare.events.ids.EstateId;

/**
 * One estate and company in a quarter: what was paid it for the quarter's months, what its subsidy-use report
 * (R-AGR-3) says it received and used, when it reported against when it was due, and what that flags.
 */
public record ReconciliationRow(EstateId estateId, String street, CompanyId companyId, BigDecimal disbursed, String reportId,
                                BigDecimal reportedReceived, BigDecimal reportedUsed, Instant reportedAt, LocalDate dueOn,
                                List<ReconciliationFlag> flags) {

    public ReconciliationRow {
        flags = List.copyOf(flags);
    }
}
