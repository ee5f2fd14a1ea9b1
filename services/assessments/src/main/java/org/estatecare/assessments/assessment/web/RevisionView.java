package org.estatecare.assessments.assessment.web;

import java.math.BigDecimal;
import java.time.Instant;

import org.estatecare.assessments.assessment.Revision;
import org.estatecare.kit.web.Coded;

/** One published state of an assessment: 0 the first publication, each re-inspection's revision after it. */
public record RevisionView(int number, BigDecimal score, Coded grade, String reason, String by, Instant at) {

    static RevisionView of(Revision revision) {
        return new RevisionView(revision.number(), revision.score(), Coded.of(revision.grade()), revision.reason(),
                revision.by(), revision.at());
    }
}
