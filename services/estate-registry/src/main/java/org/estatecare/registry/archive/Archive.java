package org.estatecare.registry.archive;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.estatecare.events.CloudEventAttributes;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.domain.Implements;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * The filed records of every estate's archive (R-STAFF-1). A record is keyed by its event's id: filing the same
 * event again changes nothing. Nothing is ever removed: an archive keeps what was decided, also what a later event
 * corrected (the correction is filed after it).
 */
@Repository
@Implements("R-STAFF-1")
public class Archive {

    static final String COLLECTION = "archive_record";

    private final MongoTemplate mongo;

    public Archive(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index().on("estateId", Sort.Direction.ASC).on("occurredAt", Sort.Direction.ASC));
    }

    /** Files an event about one estate; false when it was filed before. */
    public boolean file(CloudEventAttributes event, ArchiveSection section, String estateId, String payload, Instant now) {
        try {
            mongo.insert(new ArchiveRecord(event.id(), EstateId.of(estateId), section, event.type(), event.source(), event.subject(),
                    Optional.ofNullable(event.time()).orElse(now), now, payload), COLLECTION);
            return true;
        } catch (DuplicateKeyException filedBefore) {
            return false;
        }
    }

    /** Everything filed for the estate, in the order it happened. */
    public List<ArchiveRecord> of(EstateId estateId) {
        return mongo.find(Query.query(Criteria.where("estateId").is(estateId.value())).with(Sort.by("occurredAt", "_id")),
                ArchiveRecord.class, COLLECTION);
    }
}
