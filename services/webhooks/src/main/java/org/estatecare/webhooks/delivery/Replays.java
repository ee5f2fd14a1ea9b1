package org.estatecare.webhooks.delivery;

import java.time.Clock;
import java.time.Instant;

import org.estatecare.kit.security.Caller;
import org.estatecare.kit.web.InvalidParameterException;
import org.estatecare.webhooks.WebhooksProperties;
import org.estatecare.webhooks.events.EventLog;
import org.estatecare.webhooks.events.StoredEvent;
import org.estatecare.webhooks.subscription.Subscription;
import org.estatecare.webhooks.subscription.SubscriptionId;
import org.estatecare.webhooks.subscription.SubscriptionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * A subscription's owner has its events delivered again from a point in time (within the retention), in the order of
 * their topics, each as a new delivery logged as a replay; and reads its delivery log.
 */
@Service
public class Replays {

    private static final Logger log = LoggerFactory.getLogger(Replays.class);
    static final int MOST_REPLAYED = 10_000;

    private final SubscriptionService subscriptions;
    private final EventLog events;
    private final Deliveries deliveries;
    private final WebhooksProperties settings;
    private final Clock clock;

    Replays(SubscriptionService subscriptions, EventLog events, Deliveries deliveries, WebhooksProperties settings, Clock clock) {
        this.subscriptions = subscriptions;
        this.events = events;
        this.deliveries = deliveries;
        this.settings = settings;
        this.clock = clock;
    }

    /** The number of deliveries made again: the subscription's events from {@code from} on. */
    public int replay(SubscriptionId id, Instant from, Caller caller) {
        Subscription subscription = subscriptions.get(id, caller);
        Instant now = clock.instant();
        if (from.isAfter(now) || from.isBefore(now.minus(settings.retention()))) {
            throw new InvalidParameterException("from", "lies within the last " + settings.retention().toDays()
                    + " days, the events' retention, and not ahead");
        }
        int made = 0;
        for (StoredEvent event : events.since(from, subscription.eventTypes(), MOST_REPLAYED)) {
            if (subscription.wants(event.type(), event.street(), event.category()) && deliveries.replay(subscription, event, now)) {
                made++;
            }
        }
        log.info("webhook replay: subscription={} from={} deliveries={}", id, from, made);
        return made;
    }

    public Page<Delivery> log(SubscriptionId id, Delivery.Status status, Pageable page, Caller caller) {
        Subscription subscription = subscriptions.get(id, caller);
        return deliveries.page(subscription.id().value(), status, page);
    }
}
