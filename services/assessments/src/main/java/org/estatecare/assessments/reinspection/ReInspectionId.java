package org.estatecare.assessments.reinspection;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.estatecare.events.ids.Identifier;

/** The id of one re-inspection (复验). */
public record ReInspectionId(@JsonValue String value) implements Identifier {

    public ReInspectionId {
        Identifier.checked(value, "re-inspection id");
    }

    @JsonCreator
    public static ReInspectionId of(String value) {
        return new ReInspectionId(value);
    }

    static ReInspectionId issue() {
        return new ReInspectionId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
