package org.estatecare.assessments.survey;

import java.util.Objects;

/** A code to be issued to a household, both as the survey will keep them (hashed). */
public record CodeIssue(HouseholdHash household, CodeHash code) {

    public CodeIssue {
        Objects.requireNonNull(household, "household");
        Objects.requireNonNull(code, "code");
    }
}
