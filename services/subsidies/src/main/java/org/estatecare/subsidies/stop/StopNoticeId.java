package org.estatecare.subsidies.stop;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.estatecare.events.ids.Identifier;

/** The id of one stop notice: the same for the same estate and exit day, so a redelivered exit announces nothing new. */
public record StopNoticeId(@JsonValue String value) implements Identifier {

    public StopNoticeId {
        Identifier.checked(value, "stop notice id");
    }

    @JsonCreator
    public static StopNoticeId of(String value) {
        return new StopNoticeId(value);
    }

    static StopNoticeId of(String estateId, LocalDate stoppedFrom) {
        return new StopNoticeId(UUID.nameUUIDFromBytes((estateId + "/" + stoppedFrom).getBytes(StandardCharsets.UTF_8)).toString());
    }
}
