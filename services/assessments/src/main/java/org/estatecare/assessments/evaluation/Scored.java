package org.estatecare.assessments.evaluation;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import org.estatecare.assessments.assessment.Assessment;
import org.estatecare.events.codes.Grade;
import org.estatecare.events.ids.CompanyId;
import org.estatecare.events.ids.EstateId;

/**
 * One published assessment as the district's evaluation reads it: whose it is (street, company or none, estate),
 * for how many days, and its score and grade as last revised.
 *
 * @param companyId null where no company served the spell
 */
public record Scored(String street, CompanyId companyId, EstateId estateId, String period, long days, BigDecimal score,
                     Grade grade) {

    public Scored {
        Objects.requireNonNull(street, "street");
        Objects.requireNonNull(estateId, "estateId");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(grade, "grade");
        if (days < 1) {
            throw new IllegalArgumentException("an assessment covers at least one day");
        }
    }

    static Scored of(Assessment assessment) {
        return new Scored(assessment.street(), assessment.companyId().orElse(null), assessment.estateId(),
                assessment.period().toString(), ChronoUnit.DAYS.between(assessment.spellFrom(), assessment.spellTo()) + 1,
                assessment.score(), assessment.grade());
    }
}
