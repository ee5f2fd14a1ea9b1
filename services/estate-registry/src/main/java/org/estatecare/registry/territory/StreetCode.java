package org.estatecare.registry.territory;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.estatecare.events.ids.Identifier;

/** A street office's code ({@link Street#CODE}), as the id of what is kept per street. */
public record StreetCode(@JsonValue String value) implements Identifier {

    public StreetCode {
        Identifier.checked(value, "street code");
    }

    @JsonCreator
    public static StreetCode of(String value) {
        return new StreetCode(value);
    }
}
