package org.estatecare.subsidies.policy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.estatecare.events.codes.EstateClass;

/**
 * R-SUB-1: what one share pays an estate of one class, per unit and month, from {@code effectiveFrom} on. The amount
 * carries the decimals its unit needs ({@link RateUnit#decimals()}).
 */
public record SubsidyRate(Share share, EstateClass estateClass, RateUnit unit, BigDecimal amount, LocalDate effectiveFrom,
                          long version, String decidedBy, Instant decidedAt) implements Dated {
}
