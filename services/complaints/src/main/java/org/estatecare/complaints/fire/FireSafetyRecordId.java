package org.estatecare.complaints.fire;

import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.estatecare.events.ids.Identifier;

/** The id of a fire-lane patrol or a fire-safety education session, issued when it is recorded. */
public record FireSafetyRecordId(@JsonValue String value) implements Identifier {

    private static final Pattern FORM = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9-]*$");

    public FireSafetyRecordId {
        Identifier.checked(value, "fire-safety record id");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("a fire-safety record id holds letters, digits and '-' only");
        }
    }

    @JsonCreator
    public static FireSafetyRecordId of(String value) {
        return new FireSafetyRecordId(value);
    }

    static FireSafetyRecordId issue(String prefix) {
        return new FireSafetyRecordId(prefix + "-" + UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value;
    }
}
