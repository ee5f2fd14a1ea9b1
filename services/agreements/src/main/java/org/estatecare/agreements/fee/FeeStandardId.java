package org.estatecare.agreements.fee;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.estatecare.events.ids.Identifier;

/** The id of one fee standard, issued by this service. */
public record FeeStandardId(@JsonValue String value) implements Identifier {

    public FeeStandardId {
        Identifier.checked(value, "fee standard id");
    }

    @JsonCreator
    public static FeeStandardId of(String value) {
        return new FeeStandardId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
