package org.estatecare.registry.estate;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.estatecare.events.ids.Identifier;

/** The id of one application to exit (R-EXIT-1), unique within the estate it is filed for. */
public record ExitApplicationId(@JsonValue String value) implements Identifier {

    public ExitApplicationId {
        Identifier.checked(value, "exit application id");
    }

    @JsonCreator
    public static ExitApplicationId of(String value) {
        return new ExitApplicationId(value);
    }
}
