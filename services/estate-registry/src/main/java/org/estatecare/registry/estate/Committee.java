package org.estatecare.registry.estate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.estatecare.events.codes.SigningParty;
import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.domain.Violation;

/**
 * The estate's management committee, or the residents' committee acting for it where none exists
 * (R-COMM-1). The signing party follows: the management committee signs the service agreement where one
 * exists, the residents' committee otherwise. An acting residents' committee has no member list here.
 */
@Implements("R-COMM-1")
public record Committee(SigningParty signingParty, List<CommitteeMember> members) {

    public static final Committee NONE_YET = actingResidentsCommittee();

    public Committee {
        members = members == null ? List.of() : List.copyOf(members);
        if (signingParty == SigningParty.RESIDENTS_COMMITTEE && !members.isEmpty()) {
            throw new IllegalArgumentException("the acting residents' committee is not given members here");
        }
    }

    /** No management committee exists: the residents' committee acts for it and signs. */
    public static Committee actingResidentsCommittee() {
        return new Committee(SigningParty.RESIDENTS_COMMITTEE, List.of());
    }

    /** A management committee of these members; it signs. Its make-up is checked when it is appointed. */
    public static Committee management(List<CommitteeMember> members) {
        return new Committee(SigningParty.MANAGEMENT_COMMITTEE, members);
    }

    /**
     * R-COMM-1: a management committee has at least one member in each capacity: a property owner (unit),
     * the residents' committee and a resident representative. One violation per missing capacity, naming it.
     */
    public List<Violation> makeUpProblems() {
        List<Violation> violations = new ArrayList<>();
        if (signingParty != SigningParty.MANAGEMENT_COMMITTEE) {
            return violations;
        }
        Set<CommitteeCapacity> present = EnumSet.noneOf(CommitteeCapacity.class);
        members.stream().filter(m -> m.capacity() != null).forEach(m -> present.add(m.capacity()));
        Arrays.stream(CommitteeCapacity.values()).filter(capacity -> !present.contains(capacity)).forEach(missing ->
                violations.add(new Violation("R-COMM-1", missingCondition(missing), "the management committee has no member "
                        + "sitting as " + missing.name() + " (" + missing.label() + ")", "members")));
        return violations;
    }

    /** The condition naming a missing capacity: {@code property-owner-missing}, {@code residents-committee-missing}, …. */
    static String missingCondition(CommitteeCapacity capacity) {
        return capacity.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-missing";
    }
}
