package org.estatecare.events.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The id of a complaint, as every service and every event names it. */
public record ComplaintId(@JsonValue String value) implements Identifier {

    public ComplaintId {
        Identifier.checked(value, "complaint id");
    }

    @JsonCreator
    public static ComplaintId of(String value) {
        return new ComplaintId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
