package org.estatecare.assessments.inspection;

import java.util.OptionalInt;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.estatecare.events.ids.Identifier;

/**
 * The id of one finding, which rectification orders cite: its inspection's id and its number there
 * ({@code …-F3}). Numbers are never reused within an inspection, so an id names the same finding through
 * every correction.
 */
public record FindingId(@JsonValue String value) implements Identifier {

    private static final String SEPARATOR = "-F";

    public FindingId {
        Identifier.checked(value, "finding id");
    }

    @JsonCreator
    public static FindingId of(String value) {
        return new FindingId(value);
    }

    static FindingId of(InspectionId inspection, int number) {
        return numbered(inspection.value(), number);
    }

    /** Finding {@code number} of the inspection or re-inspection {@code source}. */
    public static FindingId numbered(String source, int number) {
        return new FindingId(source + SEPARATOR + number);
    }

    /** The finding's number when this id names a finding of {@code inspection}; empty otherwise. */
    OptionalInt numberWithin(InspectionId inspection) {
        String prefix = inspection.value() + SEPARATOR;
        if (!value.startsWith(prefix)) {
            return OptionalInt.empty();
        }
        String number = value.substring(prefix.length());
        return number.matches("[1-9][0-9]{0,8}") ? OptionalInt.of(Integer.parseInt(number)) : OptionalInt.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
