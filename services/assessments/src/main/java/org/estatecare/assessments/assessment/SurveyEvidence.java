package org.estatecare.assessments.assessment;

import java.util.Optional;

import org.estatecare.assessments.scoring.AssessmentPeriod;
import org.estatecare.assessments.scoring.SurveyResult;
import org.estatecare.events.ids.EstateId;

/** The residents' satisfaction survey of an estate for a period, once closed (R-ASM-4). */
public interface SurveyEvidence {

    Optional<SurveyResult> closed(EstateId estate, AssessmentPeriod period);
}
