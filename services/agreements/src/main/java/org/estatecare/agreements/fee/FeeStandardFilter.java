package org.estatecare.agreements.fee;

import java.time.LocalDate;

import org.estatecare.events.codes.EstateClass;

/** What a list of fee standards is narrowed to; {@code null} means "any". {@code inForceOn}: only those in force that day. */
public record FeeStandardFilter(EstateClass estateClass, FeeBasis basis, LocalDate inForceOn) {
}
