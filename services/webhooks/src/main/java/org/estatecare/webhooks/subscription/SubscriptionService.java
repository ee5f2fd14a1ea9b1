package org.estatecare.webhooks.subscription;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.estatecare.kit.domain.NotFoundException;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.security.Role;
import org.estatecare.kit.web.InvalidParameterException;
import org.estatecare.webhooks.WebhooksProperties;
import org.estatecare.webhooks.destination.Destinations;
import org.estatecare.webhooks.delivery.Signature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Subscriptions are made, read and managed by their owner, the department's own client (its token's user name);
 * the district admin reads and manages every one. A subscription names event types of the catalogue, and may narrow
 * them to streets and, for complaint events, to categories; its URL must be public ({@link Destinations}).
 */
@Service
@PreAuthorize("hasAnyRole('department-officer','district-admin')")
public class SubscriptionService {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionService.class);
    static final int MOST_PER_OWNER = 20;
    static final int MOST_FILTERS = 50;
    private static final String CODE = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}";
    private final Subscriptions subscriptions;
    private final Destinations destinations;
    private final WebhooksProperties settings;
    private final Clock clock;
    private final SecretSeal seal;

    SubscriptionService(Subscriptions subscriptions, Destinations destinations, WebhooksProperties settings, SecretSeal seal,
                        Clock clock) {
        this.seal = seal;
        this.subscriptions = subscriptions;
        this.destinations = destinations;
        this.settings = settings;
        this.clock = clock;
    }

    /** What a new subscription asks for. */
    public record NewSubscription(URI url, Set<String> eventTypes, Set<String> streets, Set<String> categories) {
    }

    /** A subscription with the secret it signs with, shown this once. */
    public record WithSecret(Subscription subscription, String secret) {
    }

    public WithSecret subscribe(NewSubscription request, Caller caller) {
        Set<String> streets = codes("streets", request.streets());
        Set<String> categories = codes("categories", request.categories());
        Set<String> types = eventTypes(request.eventTypes());
        if (!categories.isEmpty() && !EventTypes.CATEGORISED.containsAll(types)) {
            throw new InvalidParameterException("categories", "narrow complaint events only; "
                    + types.stream().filter(t -> !EventTypes.CATEGORISED.contains(t)).collect(Collectors.joining(", ")) + " carry no category");
        }
        String refused = destinations.refusal(request.url());
        if (refused != null) {
            throw new InvalidParameterException("url", "must be " + refused);
        }
        if (subscriptions.countOwnedBy(caller.username()) >= MOST_PER_OWNER) {
            throw new InvalidParameterException("url", "a client has at most " + MOST_PER_OWNER + " subscriptions; cancel one first");
        }
        String secret = Signature.newSecret();
        SubscriptionId id = SubscriptionId.next();
        Subscription subscription = new Subscription(id, caller.username(), request.url().toString(),
                types, streets, categories, seal.seal(secret, id), clock.instant());
        subscriptions.save(subscription);
        log.info("webhook subscription made: id={} owner={} types={}", subscription.id(), subscription.owner(), types.size());
        return new WithSecret(subscription, secret);
    }

    public Subscription get(SubscriptionId id, Caller caller) {
        return subscriptions.find(id).filter(s -> mayManage(s, caller))
                .orElseThrow(() -> new NotFoundException("webhook subscription", id.value()));
    }

    public Page<Subscription> list(Caller caller, Pageable page) {
        return subscriptions.page(caller.has(Role.DISTRICT_ADMIN) ? null : caller.username(), page);
    }

    /** A new secret; the current one keeps signing beside it for {@code overlap} (at most the configured most). */
    public WithSecret rotate(SubscriptionId id, Duration overlap, Caller caller) {
        if (overlap.isNegative() || overlap.compareTo(settings.mostOverlap()) > 0) {
            throw new InvalidParameterException("overlap", "from PT0S to " + settings.mostOverlap());
        }
        Subscription subscription = get(id, caller);
        String secret = Signature.newSecret();
        subscription.rotate(seal.seal(secret, id), overlap, clock.instant());
        subscriptions.save(subscription);
        log.info("webhook secret rotated: id={} overlap={}", id, overlap);
        return new WithSecret(subscription, secret);
    }

    /** Enabled again after it was disabled for failing; its waiting deliveries go on. */
    public Subscription enable(SubscriptionId id, Caller caller) {
        Subscription subscription = get(id, caller);
        subscription.enable();
        return subscriptions.save(subscription);
    }

    /** No more deliveries; the log stays. */
    public Subscription cancel(SubscriptionId id, Caller caller) {
        Subscription subscription = get(id, caller);
        subscription.cancel();
        return subscriptions.save(subscription);
    }

    private static boolean mayManage(Subscription subscription, Caller caller) {
        return caller.has(Role.DISTRICT_ADMIN) || subscription.owner().equals(caller.username());
    }

    private static Set<String> eventTypes(Set<String> asked) {
        if (asked == null || asked.isEmpty()) {
            throw new InvalidParameterException("eventTypes", "names at least one event type");
        }
        Set<String> unknown = new TreeSet<>(asked);
        unknown.removeAll(EventTypes.KNOWN);
        if (!unknown.isEmpty()) {
            throw new InvalidParameterException("eventTypes", "names types of the event catalogue; not "
                    + unknown.stream().limit(5).map(t -> t.length() > 80 ? t.substring(0, 80) + "…" : t).collect(Collectors.joining(", ")));
        }
        return Set.copyOf(asked);
    }

    private static Set<String> codes(String field, Set<String> given) {
        if (given == null) {
            return Set.of();
        }
        if (given.size() > MOST_FILTERS || given.stream().anyMatch(code -> code == null || !code.matches(CODE))) {
            throw new InvalidParameterException(field, "at most " + MOST_FILTERS + " codes (letters, digits, - and _)");
        }
        return Set.copyOf(given);
    }
}
