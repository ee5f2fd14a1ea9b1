package org.estatecare.assessments.meeting;

import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.estatecare.events.ids.Identifier;

/** The id of one joint meeting, issued by this service when it is scheduled. */
public record JointMeetingId(@JsonValue String value) implements Identifier {

    private static final Pattern FORM = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9-]*$");

    public JointMeetingId {
        Identifier.checked(value, "joint meeting id");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("a joint meeting id holds letters, digits and '-' only");
        }
    }

    @JsonCreator
    public static JointMeetingId of(String value) {
        return new JointMeetingId(value);
    }

    static JointMeetingId issue() {
        return new JointMeetingId("jm-" + UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value;
    }
}
