package org.estatecare.complaints.complaint;

import java.time.Instant;
import java.time.LocalDate;

import org.estatecare.complaints.routing.Step;

/** The complaint is with the handler of {@code step} since {@code since}, with these deadlines (business dates). */
public record Assignment(int stepIndex, Step step, Instant since, LocalDate acknowledgeBy, LocalDate resolveBy) {
}
