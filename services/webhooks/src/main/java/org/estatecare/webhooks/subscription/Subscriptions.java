package org.estatecare.webhooks.subscription;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** The subscriptions, by owner and by the events they want. */
@Repository
public class Subscriptions {

    private final MongoTemplate mongo;

    Subscriptions(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(Subscription.class).createIndex(new Index().on("owner", Sort.Direction.ASC));
        mongo.indexOps(Subscription.class).createIndex(new Index().on("eventTypes", Sort.Direction.ASC));
    }

    public Optional<Subscription> find(SubscriptionId id) {
        return Optional.ofNullable(mongo.findById(id.value(), Subscription.class));
    }

    /** Every subscription, one at a time (a start's resealing reads them all once). */
    java.util.stream.Stream<Subscription> all() {
        return mongo.stream(new Query(), Subscription.class);
    }

    public Subscription save(Subscription subscription) {
        return mongo.save(subscription);
    }

    /** The subscriptions, not cancelled, that want events of this type (a delivery for each is decided by its filters). */
    public List<Subscription> wanting(String type) {
        return mongo.find(Query.query(Criteria.where("eventTypes").is(type).and("status").ne(Subscription.Status.CANCELLED)),
                Subscription.class);
    }

    /** One page of an owner's subscriptions ({@code null}: everyone's), newest first. */
    public Page<Subscription> page(String owner, Pageable page) {
        Query query = owner == null ? new Query() : Query.query(Criteria.where("owner").is(owner));
        long total = mongo.count(query, Subscription.class);
        query.with(page.getSortOr(Sort.by(Sort.Direction.DESC, "createdAt")).and(Sort.by("_id")))
                .skip(page.getOffset()).limit(page.getPageSize());
        return new PageImpl<>(mongo.find(query, Subscription.class), page, total);
    }

    /** An attempt succeeded: the consecutive failures start again from nought. */
    public void succeeded(SubscriptionId id, java.time.Instant now) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id.value())), new org.springframework.data.mongodb.core.query.Update()
                .set("consecutiveFailures", 0).set("lastSuccessAt", now).inc("version", 1), Subscription.class);
    }

    /** An attempt failed; the {@code threshold}-th in a row disables an active subscription. True when this one did. */
    public boolean failed(SubscriptionId id, int threshold, java.time.Instant now) {
        Subscription counted = mongo.findAndModify(Query.query(Criteria.where("_id").is(id.value())),
                new org.springframework.data.mongodb.core.query.Update().inc("consecutiveFailures", 1).set("lastFailureAt", now)
                        .inc("version", 1),
                org.springframework.data.mongodb.core.FindAndModifyOptions.options().returnNew(true), Subscription.class);
        if (counted == null || counted.consecutiveFailures() < threshold || counted.status() != Subscription.Status.ACTIVE) {
            return false;
        }
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(id.value()).and("status").is(Subscription.Status.ACTIVE)),
                new org.springframework.data.mongodb.core.query.Update().set("status", Subscription.Status.DISABLED)
                        .set("disabledReason", counted.consecutiveFailures() + " consecutive failed deliveries").inc("version", 1),
                Subscription.class).getModifiedCount() == 1;
    }

    /** The ids of the subscriptions that take no deliveries now: disabled or cancelled. */
    public List<String> notActive() {
        Query query = Query.query(Criteria.where("status").ne(Subscription.Status.ACTIVE));
        query.fields().include("_id");
        return mongo.find(query, org.bson.Document.class, mongo.getCollectionName(Subscription.class)).stream()
                .map(document -> String.valueOf(document.get("_id"))).toList();
    }

    public long countOwnedBy(String owner) {
        return mongo.count(Query.query(Criteria.where("owner").is(owner).and("status").ne(Subscription.Status.CANCELLED)),
                Subscription.class);
    }
}
