package org.estatecare.subsidies.policy;

import java.time.Instant;
import java.time.LocalDate;

import org.estatecare.events.codes.ManagementMode;

/**
 * Who receives the subsidy of an estate not served by a company (R-MODE-1: owner-managed or self-governed), as the
 * district names it for the mode, from {@code effectiveFrom} on: e.g. the property-owner unit's account, or the
 * street office that funds the residents' self-governance.
 */
public record NamedRecipient(ManagementMode mode, String code, String name, LocalDate effectiveFrom, long version,
                             String decidedBy, Instant decidedAt) implements Dated {
}
