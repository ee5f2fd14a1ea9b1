package org.estatecare.subsidies.allocation;

import java.time.LocalDate;

import org.estatecare.events.ids.EstateId;
import org.estatecare.subsidies.policy.Share;

/** Eligible days of an estate that earned nothing of {@code share}, and why; {@code share} null when neither earned. */
public record Gap(EstateId estateId, String street, Share share, GapReason reason, LocalDate from, LocalDate to, int days) {
}
