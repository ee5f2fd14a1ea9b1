package org.estatecare.subsidies.facts;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.bson.Document;
import org.estatecare.events.ids.EstateId;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * When this service last learnt something of each estate: a run compares an estate's settled months again only when
 * it learnt something after they were settled (or the policy changed), so a year of runs stays quick.
 */
@Component
public class EstateChanges {

    static final String COLLECTION = "estate_change";

    private final MongoTemplate mongo;
    private final Clock clock;

    EstateChanges(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    void touch(String estateId) {
        mongo.upsert(Query.query(Criteria.where("_id").is(estateId)), new Update().max("changedAt", Date.from(clock.instant())),
                COLLECTION);
    }

    /** When each estate last changed here, by estate id. */
    public Map<EstateId, Instant> all() {
        Map<EstateId, Instant> changed = new HashMap<>();
        for (Document doc : mongo.findAll(Document.class, COLLECTION)) {
            changed.put(EstateId.of(doc.getString("_id")), doc.getDate("changedAt").toInstant());
        }
        return changed;
    }
}
