package org.estatecare.registry.estate;

import java.time.LocalDate;

/**
 * The renovation facts R-ELIG-1 looks at: the municipal government's approval (document number and
 * date), the acceptance result and date, and whether the estate receives the municipal subsidy.
 * Unknown facts are {@code null}: they count as not met.
 */
public record Renovation(String approvalDocument, LocalDate approvedOn, AcceptanceResult acceptance,
                         LocalDate acceptedOn, boolean municipalSubsidy) {

    public static final Renovation UNKNOWN = new Renovation(null, null, null, null, false);

    public boolean municipallyApproved() {
        return approvalDocument != null && !approvalDocument.isBlank() && approvedOn != null;
    }

    public boolean acceptedAsQualified() {
        return acceptance == AcceptanceResult.QUALIFIED && acceptedOn != null;
    }
}
