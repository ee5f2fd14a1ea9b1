package org.estatecare.subsidies.policy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.estatecare.events.ids.Identifier;

/** The district's subsidy policy is one: {@code district}. */
public record PolicyId(@JsonValue String value) implements Identifier {

    public static final PolicyId DISTRICT = new PolicyId("district");

    public PolicyId {
        Identifier.checked(value, "policy id");
    }

    @JsonCreator
    public static PolicyId of(String value) {
        return new PolicyId(value);
    }
}
