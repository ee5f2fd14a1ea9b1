package org.estatecare.registry.estate;

import java.time.LocalDate;

import org.estatecare.events.codes.ManagementMode;

/** A management mode in force from a date (R-MODE-1); the list of spells is the mode's history. */
public record ModeSpell(ManagementMode mode, LocalDate effectiveFrom) {
}
