package org.estatecare.webhooks.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.estatecare.kit.security.Caller;
import org.estatecare.webhooks.subscription.EventTypes;
import org.estatecare.webhooks.subscription.EventTypes.EventType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What a subscription may name: every event type, its topic, and whether streets and categories narrow it. */
@Tag(name = "webhooks")
@RestController
class CodesController {

    @Operation(summary = "The event types a subscription may name")
    @GetMapping("/api/codes/webhooks")
    Map<String, List<EventType>> codes(Caller caller) {
        return Map.of("eventTypes", EventTypes.all());
    }
}
