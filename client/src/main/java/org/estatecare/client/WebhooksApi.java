package org.estatecare.client;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;

/**
 * Webhooks: a department's subscriptions of its endpoints to event types, their signing secrets (shown only in the
 * answer that makes or rotates one), the delivery log, replays and enabling a disabled one.
 */
@FeignClient(name = "estatecare-webhooks", url = "${estatecare.client.base-url}", configuration = EstateCareFeignConfiguration.class)
public interface WebhooksApi {

    /** {@code {"url": …, "eventTypes": […], "streets": […], "categories": […]}}; the answer carries the secret. */
    @PostMapping("/api/webhook-subscriptions")
    JsonNode subscribe(@RequestBody Object subscription);

    @GetMapping("/api/webhook-subscriptions")
    Page list(@RequestParam(name = "page", required = false) Integer page,
              @RequestParam(name = "size", required = false) Integer size);

    @GetMapping("/api/webhook-subscriptions/{id}")
    JsonNode get(@PathVariable("id") String id);

    /** {@code {"overlap": "PT24H"}}: the old secret keeps signing beside the new one that long. */
    @PostMapping("/api/webhook-subscriptions/{id}/secret-rotation")
    JsonNode rotateSecret(@PathVariable("id") String id, @RequestBody Object rotation);

    @PostMapping("/api/webhook-subscriptions/{id}/enabling")
    JsonNode enable(@PathVariable("id") String id);

    @PostMapping("/api/webhook-subscriptions/{id}/cancellation")
    JsonNode cancel(@PathVariable("id") String id);

    /** {@code {"from": "2026-12-01T00:00:00Z"}}: the subscription's events since then are delivered again. */
    @PostMapping("/api/webhook-subscriptions/{id}/replay")
    JsonNode replay(@PathVariable("id") String id, @RequestBody Object from);

    @GetMapping("/api/webhook-subscriptions/{id}/deliveries")
    Page deliveries(@PathVariable("id") String id, @RequestParam(name = "status", required = false) String status,
                    @RequestParam(name = "page", required = false) Integer page,
                    @RequestParam(name = "size", required = false) Integer size);
}
