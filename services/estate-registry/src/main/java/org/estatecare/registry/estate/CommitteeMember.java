package org.estatecare.registry.estate;

/**
 * A member of the management committee and the capacity they sit in (R-COMM-1). A member stored before
 * capacities were codes, whose free text named none of them, keeps that text in {@code capacityAsRecorded}
 * and has no capacity until the committee is appointed again.
 */
public record CommitteeMember(String name, CommitteeCapacity capacity, String capacityAsRecorded) {

    public CommitteeMember {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a committee member has a name");
        }
        if (capacity == null && (capacityAsRecorded == null || capacityAsRecorded.isBlank())) {
            throw new IllegalArgumentException("a committee member has a capacity");
        }
    }

    public CommitteeMember(String name, CommitteeCapacity capacity) {
        this(name, capacity, null);
    }
}
