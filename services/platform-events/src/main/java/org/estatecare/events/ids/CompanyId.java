package org.estatecare.events.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The id of a service company, as every service and every event names it. */
public record CompanyId(@JsonValue String value) implements Identifier {

    public CompanyId {
        Identifier.checked(value, "service company id");
    }

    @JsonCreator
    public static CompanyId of(String value) {
        return new CompanyId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
