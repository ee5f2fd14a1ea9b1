package org.estatecare.events.estates;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The estate's descriptive facts changed; carries the whole new picture, not a diff. Households and floor
 * area (what subsidies are reckoned by, R-SUB-1) hold from {@code effectiveFrom} on; {@code null} in events
 * written before the field existed, read as a correction of the figures from the estate's registration on.
 * {@code location} is where the estate lies, when the registry knows it; absent in events written before the
 * field existed (the location then stays as it was).
 */
public record EstateDetailsChanged(String estateId, String name, String street, String community, String address,
                                   int buildings, int households, BigDecimal floorArea, LocalDate effectiveFrom,
                                   Location location) {

    /** A change that names no location. */
    public EstateDetailsChanged(String estateId, String name, String street, String community, String address,
                                int buildings, int households, BigDecimal floorArea, LocalDate effectiveFrom) {
        this(estateId, name, street, community, address, buildings, households, floorArea, effectiveFrom, null);
    }
}
