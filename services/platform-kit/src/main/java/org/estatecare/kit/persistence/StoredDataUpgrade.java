package org.estatecare.kit.persistence;

import java.util.Date;

import org.bson.Document;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * An upgrade of a service's stored documents that runs at start-up — once the beans exist and before the web server,
 * the listeners, the scheduled jobs and the relay start, so nothing reads a document in the old shape — until a run
 * leaves nothing behind; then it is marked done (collection {@value #MARKS}) and later starts skip it. Each run is one
 * pass over what it finds, so a start never loops.
 */
public abstract class StoredDataUpgrade implements SmartInitializingSingleton {

    public static final String MARKS = "schema_upgrades";

    protected final MongoTemplate mongo;
    private final String mark;

    protected StoredDataUpgrade(MongoTemplate mongo, String mark) {
        this.mongo = mongo;
        this.mark = mark;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (mongo.exists(Query.query(Criteria.where("_id").is(mark)), MARKS)) {
            return;
        }
        if (upgrade() == 0) {
            mongo.save(new Document("_id", mark).append("doneAt", new Date()), MARKS);
        }
    }

    /** One pass; how many documents it had to leave for a later start (changed meanwhile, or not readable even upgraded). */
    public abstract int upgrade();
}
