package org.estatecare.complaints.calendar;

import java.util.List;

import org.bson.Document;

import org.estatecare.kit.persistence.AggregateStore;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** The official arrangements loaded, one document per year holding all its versions. */
@Repository
public class OfficialCalendars extends AggregateStore<OfficialCalendar, OfficialCalendarId> {

    public OfficialCalendars(MongoTemplate mongo) {
        super(mongo, OfficialCalendar.class, "calendar year");
    }

    /** What tells whether a year's document changed: its revision (each load) and how far its recompute got. */
    public record Stamp(OfficialCalendarId id, long revision, long recomputedVersion) {
    }

    /** Every loaded year's stamp, without its versions. */
    public List<Stamp> stamps() {
        Query stamps = new Query();
        stamps.fields().include("revision").include("recomputedVersion");
        return mongo.find(stamps, Document.class, mongo.getCollectionName(OfficialCalendar.class)).stream()
                .map(doc -> new Stamp(OfficialCalendarId.parse(doc.getString("_id")), number(doc, "revision"),
                        number(doc, "recomputedVersion")))
                .toList();
    }

    private static long number(Document doc, String field) {
        Number value = doc.get(field, Number.class);
        return value == null ? 0 : value.longValue();
    }

    /**
     * Notes that the deadlines of {@code version} are recomputed. A plain field update: it does not move
     * the storage version, so it never makes a concurrent loader retry; a loader that overwrites it with an
     * older value only causes one more (idempotent) recompute.
     */
    public void markRecomputed(int year, long version) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(new OfficialCalendarId(year).value())
                        .and("recomputedVersion").lt(version)),
                new Update().set("recomputedVersion", version), OfficialCalendar.class);
    }
}
