package org.estatecare.webhooks.subscription;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.estatecare.events.ids.Identifier;

/** The id of a webhook subscription. */
public record SubscriptionId(@JsonValue String value) implements Identifier {

    public SubscriptionId {
        Identifier.checked(value, "subscription id");
    }

    @JsonCreator
    public static SubscriptionId of(String value) {
        return new SubscriptionId(value);
    }

    static SubscriptionId next() {
        return new SubscriptionId("whs-" + UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value;
    }
}
