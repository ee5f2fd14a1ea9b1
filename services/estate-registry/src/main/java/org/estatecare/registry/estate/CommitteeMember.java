package org.estatecare.registry.estate;

/** A member of the management committee (R-COMM-1): owner, residents' committee or resident representative. */
public record CommitteeMember(String name, String capacity) {

    public CommitteeMember {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a committee member has a name");
        }
        if (capacity == null || capacity.isBlank()) {
            throw new IllegalArgumentException("a committee member has a capacity");
        }
    }
}
