package org.estatecare.agreements.estates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An estate as the registry last announced it. {@code signingParty} is who signs for the residents
 * (R-COMM-1): the management committee, or the residents' committee acting where none exists — the
 * default until the registry says otherwise.
 */
public record EstateFacts(String estateId, String name, String street, String community, int households,
                          BigDecimal floorArea, boolean included, LocalDate includedOn, LocalDate exitedOn,
                          String managementMode, LocalDate managementModeFrom, String signingParty) {

    public static final String SERVICE_COMPANY_MODE = "SERVICE_COMPANY";
    public static final String ACTING_RESIDENTS_COMMITTEE = "RESIDENTS_COMMITTEE";

    /** Included, not exited, and served by a company (R-MODE-1): the only estates that take agreements. */
    public boolean takesAgreements() {
        return included && exitedOn == null && SERVICE_COMPANY_MODE.equals(managementMode);
    }

    public Optional<LocalDate> exited() {
        return Optional.ofNullable(exitedOn);
    }
}
