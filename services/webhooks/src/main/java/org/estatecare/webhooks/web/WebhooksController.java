package org.estatecare.webhooks.web;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.web.PageView;
import org.estatecare.kit.web.SortAllowList;
import org.estatecare.webhooks.delivery.Delivery;
import org.estatecare.webhooks.delivery.Replays;
import org.estatecare.webhooks.subscription.Subscription;
import org.estatecare.webhooks.subscription.SubscriptionId;
import org.estatecare.webhooks.subscription.SubscriptionService;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A department's webhooks: its subscriptions (made by its own client), their secrets, their delivery log, replays
 * from a point in time, and enabling one that was disabled for failing.
 */
@Tag(name = "webhooks", description = "Subscriptions of departments' endpoints to the platform's events")
@RestController
class WebhooksController {

    private static final SortAllowList SUBSCRIPTIONS = SortAllowList.of(Map.of("createdAt", "createdAt", "status", "status"))
            .byDefault(Sort.Direction.DESC, "createdAt");
    private static final SortAllowList DELIVERIES = SortAllowList.of(Map.of("createdAt", "createdAt"))
            .byDefault(Sort.Direction.DESC, "createdAt");

    private final SubscriptionService subscriptions;
    private final Replays replays;

    WebhooksController(SubscriptionService subscriptions, Replays replays) {
        this.subscriptions = subscriptions;
        this.replays = replays;
    }

    /** An absolute http(s) URL: printable ASCII only, no spaces or control characters. */
    static final String URL = "^https?://[\\x21-\\x7e]+$";
    /** An ISO-8601 duration of hours, minutes or seconds, e.g. PT24H. */
    static final String OVERLAP = "^PT(?=[0-9])(?:[0-9]{1,3}H)?(?:[0-9]{1,4}M)?(?:[0-9]{1,6}S)?$";

    record SubscriptionBody(@NotNull @Size(max = 2000) @Pattern(regexp = URL) String url, @NotEmpty @Size(max = 100) Set<@NotNull @Size(max = 100) String> eventTypes,
                            @Size(max = 50) Set<@NotNull @Size(max = 64) String> streets,
                            @Size(max = 50) Set<@NotNull @Size(max = 64) String> categories) {
    }

    record RotationBody(@Pattern(regexp = OVERLAP) String overlap) {
    }

    record ReplayBody(@NotNull Instant from) {
    }

    record Replayed(int deliveries) {
    }

    /** A subscription; {@code secret} only in the answer that made or rotated it. */
    record SubscriptionView(SubscriptionId id, String url, Set<String> eventTypes, Set<String> streets, Set<String> categories,
                            String status, String disabledReason, int consecutiveFailures, Instant lastSuccessAt,
                            Instant lastFailureAt, Instant createdAt,
                            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                            String secret) {
        static SubscriptionView of(Subscription s, String secret) {
            return new SubscriptionView(s.id(), s.url(), s.eventTypes(), s.streets(), s.categories(),
                    s.status().name(), s.disabledReason(), s.consecutiveFailures(), s.lastSuccessAt(), s.lastFailureAt(),
                    s.createdAt(), secret);
        }

        static SubscriptionView of(Subscription s) {
            return of(s, null);
        }
    }

    record DeliveryView(String deliveryId, String eventId, String type, String subject, String status, boolean replay,
                        List<Delivery.Attempt> attempts, Instant nextAttemptAt, Instant createdAt) {
        static DeliveryView of(Delivery d) {
            return new DeliveryView(d.id().value(), d.eventId(), d.type(), d.subject(), d.status().name(), d.replay(), d.attempts(),
                    d.status() == Delivery.Status.PENDING ? d.nextAttemptAt() : null, d.createdAt());
        }
    }

    @Operation(summary = "Subscribe an endpoint to event types (the answer shows its signing secret, this once)")
    @PostMapping("/api/webhook-subscriptions")
    ResponseEntity<SubscriptionView> subscribe(@Valid @RequestBody SubscriptionBody body, Caller caller) {
        URI url;
        try {
            url = new URI(body.url());
        } catch (java.net.URISyntaxException e) {
            throw new org.estatecare.kit.web.InvalidParameterException("url", "is an absolute http or https URL");
        }
        var made = subscriptions.subscribe(new SubscriptionService.NewSubscription(url, body.eventTypes(), body.streets(),
                body.categories()), caller);
        return ResponseEntity.created(URI.create("/api/webhook-subscriptions/" + made.subscription().id()))
                .body(SubscriptionView.of(made.subscription(), made.secret()));
    }

    @Operation(summary = "The caller's subscriptions (the district admin: everyone's)")
    @GetMapping("/api/webhook-subscriptions")
    PageView<SubscriptionView> list(@ParameterObject Pageable page, Caller caller) {
        return PageView.of(subscriptions.list(caller, SUBSCRIPTIONS.apply(page)), SubscriptionView::of);
    }

    @GetMapping("/api/webhook-subscriptions/{id}")
    SubscriptionView get(@PathVariable SubscriptionId id, Caller caller) {
        return SubscriptionView.of(subscriptions.get(id, caller));
    }

    @Operation(summary = "A new signing secret; the current one keeps signing beside it for the overlap (default 24 h)")
    @PostMapping("/api/webhook-subscriptions/{id}/secret-rotation")
    SubscriptionView rotate(@PathVariable SubscriptionId id, @Valid @RequestBody RotationBody body, Caller caller) {
        var rotated = subscriptions.rotate(id, body.overlap() == null ? Duration.ofHours(24) : Duration.parse(body.overlap()),
                caller);
        return SubscriptionView.of(rotated.subscription(), rotated.secret());
    }

    @Operation(summary = "Enable a subscription disabled for failing; its waiting deliveries go on")
    @PostMapping("/api/webhook-subscriptions/{id}/enabling")
    SubscriptionView enable(@PathVariable SubscriptionId id, Caller caller) {
        return SubscriptionView.of(subscriptions.enable(id, caller));
    }

    @Operation(summary = "Cancel a subscription: nothing more is delivered; its log stays")
    @PostMapping("/api/webhook-subscriptions/{id}/cancellation")
    SubscriptionView cancel(@PathVariable SubscriptionId id, Caller caller) {
        return SubscriptionView.of(subscriptions.cancel(id, caller));
    }

    @Operation(summary = "Deliver the subscription's events again from a point in time (within the retention)")
    @PostMapping("/api/webhook-subscriptions/{id}/replay")
    Replayed replay(@PathVariable SubscriptionId id, @Valid @RequestBody ReplayBody body, Caller caller) {
        return new Replayed(replays.replay(id, body.from(), caller));
    }

    @Operation(summary = "The subscription's deliveries, newest first, each with every attempt and its outcome")
    @GetMapping("/api/webhook-subscriptions/{id}/deliveries")
    PageView<DeliveryView> deliveries(@PathVariable SubscriptionId id, @RequestParam(required = false) Delivery.Status status,
                                      @ParameterObject Pageable page, Caller caller) {
        return PageView.of(replays.log(id, status, DELIVERIES.apply(page), caller), DeliveryView::of);
    }
}
