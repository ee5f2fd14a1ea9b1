package org.estatecare.webhooks.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.estatecare.events.EventCatalog;
import org.estatecare.kit.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What a subscription may name: every event type, its topic, and whether streets and categories narrow it. */
@Tag(name = "webhooks")
@RestController
class CodesController {

    record EventType(String type, String topic, boolean byStreet, boolean byCategory) {
    }

    @Operation(summary = "The event types a subscription may name")
    @GetMapping("/api/codes/webhooks")
    Map<String, List<EventType>> codes(Caller caller) {
        return Map.of("eventTypes", EventCatalog.all().stream().map(contract -> new EventType(contract.type(), contract.topic(),
                has(contract.payloadType(), "street"), has(contract.payloadType(), "category"))).toList());
    }

    private static boolean has(Class<? extends Record> payload, String component) {
        return Arrays.stream(payload.getRecordComponents()).anyMatch(c -> c.getName().equals(component));
    }
}
