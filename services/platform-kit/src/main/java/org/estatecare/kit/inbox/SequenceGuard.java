package org.estatecare.kit.inbox;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Applies an event to a projection document only if the event is newer than what the projection
 * holds, in one conditional write: {@code lastSequence < sequence}, upserting the first time. A
 * redelivered or older event matches nothing (the upsert then collides on {@code _id}) and changes
 * nothing.
 */
public class SequenceGuard {

    public static final String LAST_SEQUENCE = "lastSequence";

    private final MongoTemplate mongo;

    public SequenceGuard(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** True when the update was applied; false when the projection already had this event or a newer one. */
    public boolean applyIfNewer(String collection, String id, long sequence, Update update) {
        Query newer = Query.query(Criteria.where("_id").is(id).and(LAST_SEQUENCE).lt(sequence));
        try {
            Object applied = mongo.findAndModify(newer, update.set(LAST_SEQUENCE, sequence),
                    FindAndModifyOptions.options().upsert(true).returnNew(true), org.bson.Document.class, collection);
            return applied != null;
        } catch (DuplicateKeyException alreadyNewer) {
            return false;
        }
    }
}
