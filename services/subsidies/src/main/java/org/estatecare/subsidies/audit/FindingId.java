package org.estatecare.subsidies.audit;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.estatecare.events.ids.Identifier;

/** The id of one audit finding. */
public record FindingId(@JsonValue String value) implements Identifier {

    public FindingId {
        Identifier.checked(value, "finding id");
    }

    @JsonCreator
    public static FindingId of(String value) {
        return new FindingId(value);
    }

    static FindingId issue() {
        return new FindingId(UUID.randomUUID().toString());
    }
}
