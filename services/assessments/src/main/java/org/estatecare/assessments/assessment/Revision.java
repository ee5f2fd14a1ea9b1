package org.estatecare.assessments.assessment;

import java.math.BigDecimal;
import java.time.Instant;

import org.estatecare.events.codes.Grade;

/**
 * One published state of an assessment: revision 0 is the first publication; each re-inspection that
 * changes the period's result adds the next, with why.
 *
 * @param reason null for the first publication; else what revised it (e.g. the re-inspection)
 */
public record Revision(int number, BigDecimal score, Grade grade, String reason, String by, Instant at) {
}
