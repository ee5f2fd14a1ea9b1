package org.estatecare.webhooks.delivery;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.estatecare.webhooks.WebhooksProperties;
import org.estatecare.webhooks.events.EventLog;
import org.estatecare.webhooks.events.StoredEvent;
import org.estatecare.webhooks.subscription.SecretSeal;
import org.estatecare.webhooks.subscription.Subscription;
import org.estatecare.webhooks.subscription.SubscriptionId;
import org.estatecare.webhooks.subscription.Subscriptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends what is due, each estate's deliveries one at a time in order. An attempt that fails is tried again after the
 * next pause of the retry schedule; when the schedule is spent the delivery has failed and the estate's next one goes.
 * An active subscription's failures count, and the threshold disables it: its deliveries then wait until its owner
 * enables it again. Every attempt is logged on its delivery.
 */
@Component
public class Dispatcher {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final Deliveries deliveries;
    private final Subscriptions subscriptions;
    private final EventLog events;
    private final SecretSeal seal;
    private final Sender sender;
    private final WebhooksProperties settings;
    private final Clock clock;
    private final Counter delivered;
    private final Counter failedAttempts;
    private final Counter givenUp;

    Dispatcher(Deliveries deliveries, Subscriptions subscriptions, EventLog events, Sender sender, WebhooksProperties settings,
               SecretSeal seal, Clock clock, MeterRegistry meters) {
        this.seal = seal;
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.events = events;
        this.sender = sender;
        this.settings = settings;
        this.clock = clock;
        this.delivered = Counter.builder("estatecare.webhooks.deliveries").tag("outcome", "delivered")
                .description("webhook deliveries by outcome").register(meters);
        this.failedAttempts = Counter.builder("estatecare.webhooks.deliveries").tag("outcome", "attempt-failed")
                .description("webhook deliveries by outcome").register(meters);
        this.givenUp = Counter.builder("estatecare.webhooks.deliveries").tag("outcome", "failed")
                .description("webhook deliveries by outcome").register(meters);
    }

    @Scheduled(fixedDelayString = "${estatecare.webhooks.dispatch-interval:1s}")
    public void dispatch() {
        Instant now = clock.instant();
        for (Delivery delivery : deliveries.dueHeads(now, settings.batch())) {
            try {
                attempt(delivery, now);
            } catch (RuntimeException e) {
                log.warn("webhook delivery not attempted: id={} error={}", delivery.id(), e.toString());
            }
        }
    }

    private void attempt(Delivery delivery, Instant now) {
        Optional<Subscription> subscription = subscriptions.find(SubscriptionId.of(delivery.subscriptionId()));
        if (subscription.isEmpty() || subscription.get().status() != Subscription.Status.ACTIVE
                || !deliveries.claim(delivery, now, now.plus(LEASE))) {
            return;
        }
        Optional<StoredEvent> event = events.find(delivery.eventId());
        if (event.isEmpty()) {
            deliveries.record(delivery, new Delivery.Attempt(now, 0, 0, "the event is past its retention"),
                    Delivery.Status.FAILED, null);
            givenUp.increment();
            return;
        }
        long started = System.nanoTime();
        Sender.Outcome outcome = sender.send(URI.create(subscription.get().url()), delivery.eventId(), now.getEpochSecond(),
                subscription.get().signingSecrets(now).stream().map(sealed -> seal.open(sealed, subscription.get().id())).toList(),
                event.get().body());
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        Instant done = clock.instant();
        Delivery.Attempt attempt = new Delivery.Attempt(now, outcome.status(), millis, outcome.error());
        if (outcome.delivered()) {
            deliveries.record(delivery, attempt, Delivery.Status.DELIVERED, null);
            subscriptions.succeeded(SubscriptionId.of(delivery.subscriptionId()), done);
            delivered.increment();
            return;
        }
        int made = delivery.attempts().size() + 1;
        if (made > settings.retrySchedule().size()) {
            deliveries.record(delivery, attempt, Delivery.Status.FAILED, null);
            givenUp.increment();
            log.warn("webhook delivery failed for good: id={} subscription={} attempts={}", delivery.id(),
                    delivery.subscriptionId(), made);
        } else {
            deliveries.record(delivery, attempt, Delivery.Status.PENDING, done.plus(settings.retrySchedule().get(made - 1)));
        }
        failedAttempts.increment();
        if (subscriptions.failed(SubscriptionId.of(delivery.subscriptionId()), settings.disableAfterFailures(), done)) {
            log.warn("webhook subscription disabled after {} consecutive failed attempts: id={}", settings.disableAfterFailures(),
                    delivery.subscriptionId());
        }
    }
}
