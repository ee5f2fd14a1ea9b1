package org.estatecare.subsidies.allocation;

import java.time.LocalDate;

import org.estatecare.events.codes.EstateClass;

/** The estate's class (R-AGR-2) from a day on, until the next spell. */
public record ClassSpell(LocalDate from, EstateClass estateClass) {
}
