package org.estatecare.events.estates;

/**
 * Who signs for the estate's residents (R-COMM-1): its management committee, or the residents'
 * committee acting for it where none exists ({@code signingParty} = {@code MANAGEMENT_COMMITTEE} or
 * {@code RESIDENTS_COMMITTEE}). Members are not carried: they are personal data.
 */
public record ManagementCommitteeChanged(String estateId, String street, String community, String signingParty,
                                         int memberCount) {
}
