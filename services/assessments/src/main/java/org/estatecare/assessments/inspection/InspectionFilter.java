package org.estatecare.assessments.inspection;

import java.time.LocalDate;

import org.estatecare.assessments.scoring.InspectionLevel;
import org.estatecare.events.ids.EstateId;

/**
 * What a list of inspections is narrowed to; each null means any.
 *
 * @param from the first day inspected, inclusive
 * @param to   the last day inspected, inclusive
 */
public record InspectionFilter(EstateId estateId, String street, String community, InspectionLevel level, LocalDate from,
                               LocalDate to) {

    public InspectionFilter {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the last day inspected (to) cannot be before the first (from)");
        }
    }
}
