package org.estatecare.complaints.routing;

import org.estatecare.events.ids.Identifier;

/**
 * The id of a district's division of complaint duties: the district's code. Written {@code duties-<district>},
 * which is the document id.
 */
public record DutyDivisionId(String district) implements Identifier {

    private static final String PREFIX = "duties-";

    public DutyDivisionId {
        if (district == null || !district.matches("[a-z][a-z0-9-]{0,39}")) {
            throw new IllegalArgumentException("a district code is lower-case letters, digits and hyphens");
        }
    }

    @Override
    public String value() {
        return PREFIX + district;
    }

    @Override
    public String toString() {
        return value();
    }
}
