package org.estatecare.assessments.scheme.web;

import java.time.Instant;
import java.time.LocalDate;

import org.estatecare.assessments.scheme.Scheme;
import org.estatecare.assessments.scheme.SchemeId;
import org.estatecare.assessments.scheme.SchemeInForce;
import org.estatecare.assessments.scheme.SchemeVersion;
import org.estatecare.assessments.scoring.SchemeRules;
import org.estatecare.kit.web.Coded;

/**
 * A scheme as listed: whose it is, the version in force today and, for those who may see it, the
 * version open for drafting or approval.
 *
 * @param street       null for the district's scheme
 * @param inForceToday null before its first approved version takes effect
 * @param openVersion  null when none is open or the caller may not see it
 */
public record SchemeView(SchemeId id, String street, VersionSummary inForceToday, VersionSummary openVersion,
                         int versions, long revision) {

    static SchemeView of(Scheme scheme, LocalDate today, boolean maySeeUnapproved) {
        return new SchemeView(scheme.id(), scheme.id().street().orElse(null),
                scheme.inForceOn(today).map(VersionSummary::of).orElse(null),
                maySeeUnapproved ? scheme.openVersion().map(VersionSummary::of).orElse(null) : null,
                (int) scheme.versions().stream().filter(v -> maySeeUnapproved || v.isApproved()).count(),
                scheme.revision());
    }

    /** A version named without its rules. */
    public record VersionSummary(int number, Coded status, LocalDate effectiveFrom) {
        static VersionSummary of(SchemeVersion version) {
            return new VersionSummary(version.number(), Coded.of(version.status()), version.effectiveFrom());
        }
    }

    /** One version whole: the rules a score was computed by, and who drafted and decided it. */
    public record VersionView(String scheme, int number, Coded status, LocalDate effectiveFrom, SchemeRules rules,
                              String note, String draftedBy, Instant draftedAt, String submittedBy, Instant submittedAt,
                              String decidedBy, Instant decidedAt, String decisionNote) {
        static VersionView of(String scheme, SchemeVersion v) {
            return new VersionView(scheme, v.number(), Coded.of(v.status()), v.effectiveFrom(), v.rules(), v.note(),
                    v.draftedBy(), v.draftedAt(), v.submittedBy(), v.submittedAt(), v.decidedBy(), v.decidedAt(),
                    v.decisionNote());
        }
    }

    /**
     * The version that scores a street's day.
     *
     * @param districtFallback true when the street has no approved version of its own in force that day
     */
    public record InForceView(String street, LocalDate on, boolean districtFallback, VersionView version) {
        static InForceView of(String street, LocalDate on, SchemeInForce inForce) {
            return new InForceView(street, on, inForce.districtFallback(),
                    VersionView.of(inForce.scheme().value(), inForce.version()));
        }
    }
}
