package org.estatecare.agreements.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.estatecare.agreements.fee.Fee;

/**
 * One version of an agreement's terms, in force from {@code effectiveFrom}. Version 1 is what was
 * signed; each amendment adds the next version and nothing earlier is overwritten.
 */
public record Terms(int version, LocalDate effectiveFrom, BasicServices basicServices, List<ExtraService> extras, Fee fee,
                    String reason, Instant recordedAt, String actor) {

    public Terms {
        extras = extras == null ? List.of() : List.copyOf(extras);
    }
}
