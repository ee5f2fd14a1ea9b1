package org.estatecare.complaints.calendar;

import java.util.List;

import org.estatecare.kit.persistence.AggregateStore;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** The official arrangements loaded, one document per year holding all its versions. */
@Repository
public class OfficialCalendars extends AggregateStore<OfficialCalendar> {

    public OfficialCalendars(MongoTemplate mongo) {
        super(mongo, OfficialCalendar.class, "calendar year");
    }

    public List<OfficialCalendar> all() {
        return mongo.findAll(OfficialCalendar.class);
    }

    /**
     * Notes that the deadlines of {@code version} are recomputed. A plain field update: it does not move
     * the storage version, so it never makes a concurrent loader retry; a loader that overwrites it with an
     * older value only causes one more (idempotent) recompute.
     */
    public void markRecomputed(int year, long version) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(OfficialCalendar.idOf(year))
                        .and("recomputedVersion").lt(version)),
                new Update().set("recomputedVersion", version), OfficialCalendar.class);
    }
}
