package org.estatecare.assessments.assessment.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.estatecare.assessments.assessment.Assessment;
import org.estatecare.assessments.assessment.AssessmentId;
import org.estatecare.events.ids.CompanyId;
import org.estatecare.events.ids.EstateId;
import org.estatecare.assessments.assessment.SchemeUsed;
import org.estatecare.assessments.scoring.Breakdown;
import org.estatecare.kit.web.Coded;

/**
 * An assessment as shown: what it assesses, where it stands, its score and grade with the reward share
 * the scheme gives that grade, and its whole breakdown with the scheme version used, so that anyone can
 * recompute it ({@code recomputesExactly} is the service's own check of that).
 *
 * @param companyId null when no company served these days
 * @param revision          the assessment's revision, as its ETag
 * @param publishedRevision the published revision shown (0 is the first publication); null before publication
 */
public record AssessmentView(AssessmentId id, long revision, EstateId estateId, String street, String community,
                             CompanyId companyId, String period,                             Coded periodKind, LocalDate from, LocalDate to, Coded status, BigDecimal score, Coded grade,
                             BigDecimal rewardShare, SchemeUsed scheme, Integer publishedRevision, Breakdown breakdown,
                             boolean recomputesExactly) {

    static AssessmentView of(Assessment a) {
        return new AssessmentView(a.id(), a.revision(), a.estateId(), a.street(), a.community(), a.companyId().orElse(null),
                a.period().toString(), Coded.of(a.period().kind()), a.spellFrom(), a.spellTo(), Coded.of(a.status()),
                a.score(), Coded.of(a.grade()), a.scheme().rewardShare(a.grade()), a.scheme(),
                a.revisions().isEmpty() ? null : a.revisions().size() - 1, a.breakdown(), a.breakdown().recomputesExactly());
    }
}
