package org.estatecare.assessments.survey;

import java.util.Objects;

/** A household and its fresh code, for the printed notice: the one time the plain code exists outside the notice. */
public record CodeForNotice(HouseholdReference household, SurveyCode code) {

    public CodeForNotice {
        Objects.requireNonNull(household, "household");
        Objects.requireNonNull(code, "code");
    }
}
