package org.estatecare.registry.estate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.domain.Violation;

/**
 * The renovation facts R-ELIG-1 looks at: the municipal government's approval (document number and
 * date), the acceptance result and date, and whether the estate receives the municipal subsidy.
 * Unknown facts are {@code null}: they count as not met.
 */
@Implements("R-ELIG-1")
public record Renovation(String approvalDocument, LocalDate approvedOn, AcceptanceResult acceptance,
                         LocalDate acceptedOn, boolean municipalSubsidy) {

    public static final Renovation UNKNOWN = new Renovation(null, null, null, null, false);

    public boolean municipallyApproved() {
        return approvalDocument != null && !approvalDocument.isBlank() && approvedOn != null;
    }

    public boolean acceptedAsQualified() {
        return acceptance == AcceptanceResult.QUALIFIED && acceptedOn != null;
    }

    /**
     * R-ELIG-1: approval and acceptance are facts that happened, so not after {@code today}, and a
     * renovation is accepted after it was approved (the same day is possible).
     */
    List<Violation> dateProblems(LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        BusinessDates.notInTheFuture(violations, "R-ELIG-1", "renovation.approvedOn", approvedOn, today);
        BusinessDates.notInTheFuture(violations, "R-ELIG-1", "renovation.acceptedOn", acceptedOn, today);
        if (approvedOn != null && acceptedOn != null && acceptedOn.isBefore(approvedOn)) {
            violations.add(new Violation("R-ELIG-1", "accepted-before-approval", "renovation.acceptedOn " + acceptedOn
                    + " is before the approval of " + approvedOn, "renovation.acceptedOn"));
        }
        return violations;
    }
}
