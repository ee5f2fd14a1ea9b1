package org.estatecare.webhooks.subscription;

import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * At every start, the signing secrets not sealed under the deployment's current key — stored before
 * sealing existed, or sealed under a previous key — are sealed again under it. A subscription changed
 * meanwhile by another replica (a rotation) is left to the next start: its version guards the write.
 */
@Component
public class SecretResealing {

    private static final Logger log = LoggerFactory.getLogger(SecretResealing.class);

    private final Subscriptions subscriptions;
    private final SecretSeal seal;

    SecretResealing(Subscriptions subscriptions, SecretSeal seal) {
        this.subscriptions = subscriptions;
        this.seal = seal;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        int resealed = resealAll();
        if (resealed > 0) {
            log.info("webhook signing secrets sealed again under the current key: subscriptions={}", resealed);
        }
    }

    /** Seals again what is not sealed under the current key; answers how many subscriptions changed. */
    public int resealAll() {
        int resealed = 0;
        try (Stream<Subscription> all = subscriptions.all()) {
            for (Subscription subscription : (Iterable<Subscription>) all::iterator) {
                SubscriptionId id = subscription.id();
                boolean changed;
                try {
                    changed = subscription.reseal(stored -> seal.sealedUnderCurrentKey(stored, id) ? stored
                            : seal.seal(seal.open(stored, id), id));
                } catch (IllegalStateException unopened) {
                    // its deliveries fail and say so; the owner's rotation gives it a secret again
                    log.error("webhook subscription {}: {}", id, unopened.getMessage());
                    continue;
                }
                if (changed) {
                    try {
                        subscriptions.save(subscription);
                        resealed++;
                    } catch (OptimisticLockingFailureException changedMeanwhile) {
                        log.info("webhook subscription {} changed while its secrets were sealed again; the next start does it", id);
                    }
                }
            }
        }
        return resealed;
    }
}
