package org.estatecare.assessments.assessment;

import java.time.LocalDate;
import java.util.Optional;

import org.estatecare.assessments.scoring.AssessmentPeriod;
import org.estatecare.events.ids.EstateId;

/**
 * What one assessment is of: an estate (with its street and community as they were), a period, and the
 * days of it one company served, or no company.
 */
public record AssessedSpell(EstateId estate, String street, String community, Optional<String> companyId,
                            AssessmentPeriod period, LocalDate from, LocalDate to) {

    public AssessmentId id() {
        return AssessmentId.of(estate, period, from);
    }

    /** Whether these are all the period's days. */
    public boolean wholePeriod() {
        return from.equals(period.start()) && to.equals(period.end());
    }
}
