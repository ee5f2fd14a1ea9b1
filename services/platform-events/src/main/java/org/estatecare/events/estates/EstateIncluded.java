package org.estatecare.events.estates;

import java.time.LocalDate;

/** The estate entered long-term management (R-ELIG-1, R-TAKE-1); subsidies run from {@code includedOn}. */
public record EstateIncluded(String estateId, String street, String community, LocalDate includedOn,
                             String managementMode) {
}
