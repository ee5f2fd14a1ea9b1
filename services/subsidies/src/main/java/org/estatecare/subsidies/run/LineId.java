package org.estatecare.subsidies.run;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.estatecare.events.ids.Identifier;

/** A line of a run: the run's id, its computation and its place, {@code run-2026-03:2:17}. */
public record LineId(@JsonValue String value) implements Identifier {

    public LineId {
        Identifier.checked(value, "line id");
    }

    @JsonCreator
    public static LineId of(String value) {
        return new LineId(value);
    }
}
