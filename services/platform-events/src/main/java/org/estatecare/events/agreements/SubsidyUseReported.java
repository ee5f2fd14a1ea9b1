package org.estatecare.events.agreements;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * R-AGR-3: the company reported how it used the government subsidy in a quarter, to the community
 * and the management committee (or the residents' committee acting for it). Categories:
 * {@code STAFF}, {@code CLEANING_SUPPLIES}, {@code EQUIPMENT}, {@code REPAIRS}, {@code OTHER}.
 */
public record SubsidyUseReported(String reportId, String estateId, String street, String community, String companyId,
                                 String agreementId, String quarter, BigDecimal subsidyReceived, List<Use> uses,
                                 BigDecimal totalUsed, String submittedTo, Instant reportedAt) {

    public SubsidyUseReported {
        uses = List.copyOf(uses);
    }

    /** Money used in one category. */
    public record Use(String category, BigDecimal amount) {
    }
}
