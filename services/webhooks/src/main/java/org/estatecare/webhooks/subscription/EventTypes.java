package org.estatecare.webhooks.subscription;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.estatecare.events.EventCatalog;
import org.estatecare.events.EventContract;

/**
 * The event types a subscription may name, from the platform's event catalogue, and which of them a street or a
 * complaint category can narrow: those whose payload carries that field.
 */
public final class EventTypes {

    /** One type: its topic, and whether streets and categories narrow it. */
    public record EventType(String type, String topic, boolean byStreet, boolean byCategory) {
    }

    private static final List<EventType> ALL = EventCatalog.all().stream()
            .map(contract -> new EventType(contract.type(), contract.topic(), carries(contract, "street"),
                    carries(contract, "category")))
            .toList();
    static final Set<String> KNOWN = ALL.stream().map(EventType::type).collect(Collectors.toUnmodifiableSet());
    static final Set<String> CATEGORISED = ALL.stream().filter(EventType::byCategory).map(EventType::type)
            .collect(Collectors.toUnmodifiableSet());

    private EventTypes() {
    }

    public static List<EventType> all() {
        return ALL;
    }

    private static boolean carries(EventContract<?> contract, String component) {
        return Arrays.stream(contract.payloadType().getRecordComponents()).anyMatch(c -> c.getName().equals(component));
    }
}
