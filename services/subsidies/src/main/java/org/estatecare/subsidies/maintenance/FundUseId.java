package org.estatecare.subsidies.maintenance;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.estatecare.events.ids.Identifier;

/** The id of one recorded use of a maintenance fund. */
public record FundUseId(@JsonValue String value) implements Identifier {

    public FundUseId {
        Identifier.checked(value, "fund use id");
    }

    @JsonCreator
    public static FundUseId of(String value) {
        return new FundUseId(value);
    }

    static FundUseId issue() {
        return new FundUseId(UUID.randomUUID().toString());
    }
}
