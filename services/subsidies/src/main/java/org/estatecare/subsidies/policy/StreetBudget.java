package org.estatecare.subsidies.policy;

import java.math.BigDecimal;
import java.time.Instant;

/** The district subsidy budget of one street for one calendar year; a later decision for the same year replaces it. */
public record StreetBudget(String street, int year, BigDecimal amount, long version, String decidedBy,
                           Instant decidedAt) {
}
