package org.estatecare.complaints.routing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One dated decision of the district on the division of complaint duties (职责分工, R-DUTY-1): from
 * {@code effectiveFrom} on, complaints route along its chains. Never edited; a later decision supersedes it
 * from its own day, and one not yet in force can be revoked, with the reason.
 *
 * @param number        its place in the district's record, 1 for the first
 * @param version       the district's label for it (e.g. {@code 2027-1}), unique
 * @param reference     the decision's document (文件号)
 * @param decidedBy     who recorded it; {@code recordedAt} when
 */
public record DutyDecision(long number, String version, LocalDate effectiveFrom, String reference, String note,
                           Map<Category, List<Step>> chains, String decidedBy, Instant recordedAt, Revocation revoked) {

    /** A decision taken back before it came into force: by whom, when, why. */
    public record Revocation(String by, Instant at, String reason) {
    }

    /** Standing of a decision on a day. */
    public enum Standing { SCHEDULED, IN_FORCE, SUPERSEDED, REVOKED }

    public boolean stands() {
        return revoked == null;
    }

    /** The routing table this decision makes for {@code district}. */
    public RoutingTable table(String district) {
        return new RoutingTable(district, version, chains);
    }

    DutyDecision revoke(String by, Instant at, String reason) {
        return new DutyDecision(number, version, effectiveFrom, reference, note, chains, decidedBy, recordedAt,
                new Revocation(by, at, reason));
    }
}
