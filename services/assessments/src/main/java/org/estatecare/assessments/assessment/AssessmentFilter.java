package org.estatecare.assessments.assessment;

import org.estatecare.events.ids.CompanyId;
import org.estatecare.events.ids.EstateId;

/** What a list of assessments is narrowed to; each null means any. */
public record AssessmentFilter(EstateId estateId, String street, String community, CompanyId companyId, String period,
                               AssessmentStatus status, org.estatecare.events.codes.Grade grade) {
}
