package org.estatecare.assessments.assessment;

/**
 * An assessment was published or revised: published inside this service after the write, for what a
 * failing grade sets off (a rectification order). A listener reads the assessment as stored.
 */
public record AssessmentGraded(Assessment assessment) {
}
