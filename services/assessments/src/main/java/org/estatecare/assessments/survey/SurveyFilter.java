package org.estatecare.assessments.survey;

import org.estatecare.assessments.scoring.AssessmentPeriod;
import org.estatecare.events.ids.EstateId;

/** What a list of surveys is narrowed to; each null means any. */
public record SurveyFilter(EstateId estateId, String street, AssessmentPeriod period, SurveyStatus status) {
}
