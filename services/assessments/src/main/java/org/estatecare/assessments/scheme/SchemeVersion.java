package org.estatecare.assessments.scheme;

import java.time.Instant;
import java.time.LocalDate;

import org.estatecare.assessments.scoring.SchemeRules;

/**
 * One version of a scheme: its rules, the first day they apply, and who drafted, submitted and decided
 * it. Every version stays readable, approved or not, so a published score can always be traced to the
 * rules that made it.
 *
 * @param effectiveFrom the first day of the month from which the rules apply, once approved
 * @param decisionNote  the district's reason, required when it rejects
 */
public record SchemeVersion(int number, VersionStatus status, LocalDate effectiveFrom, SchemeRules rules, String note,
                            String draftedBy, Instant draftedAt, String submittedBy, Instant submittedAt,
                            String decidedBy, Instant decidedAt, String decisionNote) {

    static SchemeVersion drafted(int number, LocalDate effectiveFrom, SchemeRules rules, String note, String actor,
                                 Instant at) {
        return new SchemeVersion(number, VersionStatus.DRAFT, effectiveFrom, rules, note, actor, at, null, null, null,
                null, null);
    }

    SchemeVersion revised(LocalDate effectiveFrom, SchemeRules rules, String note, String actor, Instant at) {
        return new SchemeVersion(number, status, effectiveFrom, rules, note, actor, at, null, null, null, null, null);
    }

    SchemeVersion submitted(String actor, Instant at) {
        return new SchemeVersion(number, VersionStatus.SUBMITTED, effectiveFrom, rules, note, draftedBy, draftedAt, actor,
                at, null, null, null);
    }

    SchemeVersion decided(VersionStatus outcome, String actor, Instant at, String why) {
        return new SchemeVersion(number, outcome, effectiveFrom, rules, note, draftedBy, draftedAt, submittedBy,
                submittedAt, actor, at, why);
    }

    public boolean isApproved() {
        return status == VersionStatus.APPROVED;
    }

    /** Approved and in force on {@code day} unless a later approved version took over. */
    boolean appliesFrom(LocalDate day) {
        return isApproved() && !effectiveFrom.isAfter(day);
    }
}
