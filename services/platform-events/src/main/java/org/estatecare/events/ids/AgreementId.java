package org.estatecare.events.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The id of a agreement, as every service and every event names it. */
public record AgreementId(@JsonValue String value) implements Identifier {

    public AgreementId {
        Identifier.checked(value, "agreement id");
    }

    @JsonCreator
    public static AgreementId of(String value) {
        return new AgreementId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
