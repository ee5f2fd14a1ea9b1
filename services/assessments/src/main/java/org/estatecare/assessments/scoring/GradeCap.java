package org.estatecare.assessments.scoring;

import org.estatecare.events.codes.Grade;

/** Why a breakdown's grade is worse than its score's band: a criterion's line caps it (R-ASM-4). */
public record GradeCap(Grade bandGrade, Grade ceiling, CriterionCode criterion, LineNote reason) {
}
