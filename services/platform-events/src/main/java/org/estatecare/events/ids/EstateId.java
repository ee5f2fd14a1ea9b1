package org.estatecare.events.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The id of a estate, as every service and every event names it. */
public record EstateId(@JsonValue String value) implements Identifier {

    public EstateId {
        Identifier.checked(value, "estate id");
    }

    @JsonCreator
    public static EstateId of(String value) {
        return new EstateId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
