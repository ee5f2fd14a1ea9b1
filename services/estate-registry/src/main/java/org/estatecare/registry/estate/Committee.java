package org.estatecare.registry.estate;

import java.util.List;

import org.estatecare.events.codes.SigningParty;
import org.estatecare.kit.domain.Implements;

/**
 * The estate's management committee, or the residents' committee acting for it where none exists
 * (R-COMM-1). An acting residents' committee has no member list here; a management committee has
 * at least one member.
 */
@Implements("R-COMM-1")
public record Committee(SigningParty signingParty, List<CommitteeMember> members) {

    public static final Committee NONE_YET = new Committee(SigningParty.RESIDENTS_COMMITTEE, List.of());

    public Committee {
        members = members == null ? List.of() : List.copyOf(members);
        if (signingParty == SigningParty.MANAGEMENT_COMMITTEE && members.isEmpty()) {
            throw new IllegalArgumentException("a management committee has members");
        }
        if (signingParty == SigningParty.RESIDENTS_COMMITTEE && !members.isEmpty()) {
            throw new IllegalArgumentException("the acting residents' committee is not given members here");
        }
    }
}
