package org.estatecare.subsidies.run;

import java.time.YearMonth;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.estatecare.events.ids.Identifier;

/** A month has one allocation run: {@code run-2026-03}. */
public record RunId(@JsonValue String value) implements Identifier {

    public RunId {
        Identifier.checked(value, "run id");
    }

    @JsonCreator
    public static RunId of(String value) {
        return new RunId(value);
    }

    public static RunId of(YearMonth period) {
        return new RunId("run-" + period);
    }
}
