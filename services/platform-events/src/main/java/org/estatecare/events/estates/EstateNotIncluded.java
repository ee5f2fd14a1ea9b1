package org.estatecare.events.estates;

import java.time.LocalDate;

/**
 * The estate stays outside the scheme (R-ELIG-2): its street office or owner manages it through the
 * original channel and it earns no subsidy from the scheme.
 */
public record EstateNotIncluded(String estateId, String street, String community, LocalDate decidedOn, String reason) {
}
