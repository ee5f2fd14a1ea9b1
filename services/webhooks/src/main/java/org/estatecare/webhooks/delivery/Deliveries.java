package org.estatecare.webhooks.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.estatecare.webhooks.events.StoredEvent;
import org.estatecare.webhooks.subscription.Subscription;
import org.estatecare.webhooks.subscription.Subscriptions;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** The deliveries: made for each subscription an event is for, claimed one at a time, and their log. */
@Repository
public class Deliveries {

    /** The most due deliveries one pass looks through to find each estate's next one. */
    static final int MOST_SCANNED = 10_000;

    private final MongoTemplate mongo;
    private final Subscriptions subscriptions;

    Deliveries(MongoTemplate mongo, Subscriptions subscriptions) {
        this.mongo = mongo;
        this.subscriptions = subscriptions;
        mongo.indexOps(Delivery.class).createIndex(new Index().on("status", Sort.Direction.ASC)
                .on("orderKey", Sort.Direction.ASC).on("partition", Sort.Direction.ASC).on("offset", Sort.Direction.ASC));
        mongo.indexOps(Delivery.class).createIndex(new Index().on("subscriptionId", Sort.Direction.ASC)
                .on("createdAt", Sort.Direction.DESC));
    }

    /** A delivery for every subscription the event is for; one already made is not made again. */
    public int fanOut(StoredEvent event) {
        int made = 0;
        for (Subscription subscription : subscriptions.wanting(event.type())) {
            if (subscription.wants(event.type(), event.street(), event.category())
                    && add(DeliveryId.of(subscription.id().value(), event.eventId(), null), subscription, event, false,
                    event.receivedAt())) {
                made++;
            }
        }
        return made;
    }

    /** A delivery of the event again, for a replay made at {@code now}. */
    public boolean replay(Subscription subscription, StoredEvent event, Instant now) {
        return add(DeliveryId.of(subscription.id().value(), event.eventId(), "replay-" + now.toEpochMilli()), subscription, event,
                true, now);
    }

    private boolean add(DeliveryId id, Subscription subscription, StoredEvent event, boolean replay, Instant now) {
        try {
            mongo.insert(new Delivery(id, subscription.id().value(), event.eventId(), event.type(), event.subject(), event.key(),
                    event.partition(), event.offset(), replay, now));
            return true;
        } catch (DuplicateKeyException made) {
            return false;
        }
    }

    /**
     * The next delivery of each subscription and estate, where it is due by {@code now}: at most {@code most}. Only
     * due deliveries of active subscriptions are read, and each is checked to have no predecessor of its estate still
     * waiting, so a backlog held for a disabled endpoint or waiting for its retry costs a pass nothing.
     */
    public List<Delivery> dueHeads(Instant now, int most) {
        List<String> held = subscriptions.notActive();
        Query due = Query.query(Criteria.where("status").is(Delivery.Status.PENDING).and("nextAttemptAt").lte(Date.from(now))
                        .and("subscriptionId").nin(held))
                .with(Sort.by("orderKey", "partition", "offset", "createdAt")).limit(MOST_SCANNED);
        Set<String> seen = new HashSet<>();
        List<Delivery> heads = new ArrayList<>();
        for (Delivery delivery : mongo.find(due, Delivery.class)) {
            if (seen.add(delivery.orderKey()) && !waitsBehind(delivery)) {
                heads.add(delivery);
                if (heads.size() == most) {
                    break;
                }
            }
        }
        return heads;
    }

    /** Whether an earlier delivery of the same subscription and estate is still waiting. */
    private boolean waitsBehind(Delivery delivery) {
        Criteria earlier = new Criteria().orOperator(
                Criteria.where("partition").lt(delivery.partition()),
                Criteria.where("partition").is(delivery.partition()).and("offset").lt(delivery.offset()),
                Criteria.where("partition").is(delivery.partition()).and("offset").is(delivery.offset())
                        .and("createdAt").lt(Date.from(delivery.createdAt())));
        return mongo.exists(Query.query(new Criteria().andOperator(Criteria.where("status").is(Delivery.Status.PENDING)
                .and("orderKey").is(delivery.orderKey()), earlier)), Delivery.class);
    }

    /** Takes the delivery for one attempt, unless another pass holds it; false when it could not be taken. */
    public boolean claim(Delivery delivery, Instant now, Instant until) {
        Query free = Query.query(Criteria.where("_id").is(delivery.id().value()).and("status").is(Delivery.Status.PENDING)
                .orOperator(Criteria.where("leaseUntil").is(null), Criteria.where("leaseUntil").lt(Date.from(now))));
        return mongo.findAndModify(free, new Update().set("leaseUntil", until), FindAndModifyOptions.options().returnNew(true),
                Delivery.class) != null;
    }

    /** Records an attempt: delivered, failed for good, or due again at {@code next}. */
    public void record(Delivery delivery, Delivery.Attempt attempt, Delivery.Status status, Instant next) {
        Update update = new Update().push("attempts", attempt).set("status", status).set("nextAttemptAt", next)
                .unset("leaseUntil");
        mongo.updateFirst(Query.query(Criteria.where("_id").is(delivery.id().value())), update, Delivery.class);
    }

    /** One page of a subscription's deliveries, newest first, of one status if given. */
    public Page<Delivery> page(String subscriptionId, Delivery.Status status, Pageable page) {
        Criteria criteria = Criteria.where("subscriptionId").is(subscriptionId);
        if (status != null) {
            criteria.and("status").is(status);
        }
        Query query = Query.query(criteria);
        long total = mongo.count(query, Delivery.class);
        query.with(Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by(Sort.Direction.DESC, "offset")))
                .skip(page.getOffset()).limit(page.getPageSize());
        return new PageImpl<>(mongo.find(query, Delivery.class), page, total);
    }
}
