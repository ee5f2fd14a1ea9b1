package org.estatecare.kit.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * A time-bound lease in MongoDB so that, with several replicas running, one relay publishes at a
 * time (events of one aggregate then leave in order and once). The holder renews it every round; a
 * replica that dies loses it after {@code duration}.
 */
final class RelayLease {

    static final String COLLECTION = "outbox_lease";
    private static final String LEASE_ID = "outbox-relay";

    private final MongoTemplate mongo;
    private final Clock clock;
    private final java.time.Duration duration;
    private final String holder = UUID.randomUUID().toString();

    RelayLease(MongoTemplate mongo, Clock clock, java.time.Duration duration) {
        this.mongo = mongo;
        this.clock = clock;
        this.duration = duration;
    }

    /** Takes or renews the lease; true when this replica holds it now. */
    boolean acquire() {
        Instant now = clock.instant();
        Query free = Query.query(Criteria.where("_id").is(LEASE_ID)
                .orOperator(Criteria.where("holder").is(holder), Criteria.where("until").lt(now)));
        Update take = new Update().set("holder", holder).set("until", now.plus(duration));
        try {
            Document lease = mongo.findAndModify(free, take,
                    FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION);
            return lease != null && holder.equals(lease.getString("holder"));
        } catch (DuplicateKeyException heldByAnother) {
            return false;
        }
    }

    void release() {
        mongo.remove(Query.query(Criteria.where("_id").is(LEASE_ID).and("holder").is(holder)), COLLECTION);
    }
}
