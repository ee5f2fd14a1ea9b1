package org.estatecare.webhooks.delivery;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.estatecare.events.ids.Identifier;

/**
 * The id of one delivery, derived from its subscription and event (and, for a replay, when it was asked for), so
 * that the same event is handed to the same subscription once however often it arrives.
 */
public record DeliveryId(@JsonValue String value) implements Identifier {

    public DeliveryId {
        Identifier.checked(value, "delivery id");
    }

    @JsonCreator
    public static DeliveryId of(String value) {
        return new DeliveryId(value);
    }

    static DeliveryId of(String subscriptionId, String eventId, String replay) {
        String name = subscriptionId + "|" + eventId + (replay == null ? "" : "|" + replay);
        return new DeliveryId(java.util.UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
