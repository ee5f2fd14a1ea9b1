package org.estatecare.kit.inbox;

import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.estatecare.events.ids.EstateId;
import org.estatecare.events.EventContract;
import org.estatecare.events.EventJson;
import org.estatecare.events.estates.EstateEvents;
import org.estatecare.events.estates.EstateTimeline;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The estates projection every consumer of {@code estates.v1} keeps: one document per estate holding its
 * {@link EstateTimeline}, changed only by the registry's events, each applied once and in order. A
 * timeline is folded from what was stored, so the write is conditional on the sequence it was read at:
 * a concurrent redelivery can neither apply an event twice nor lose one.
 */
public class EstateTimelines {

    static final String TIMELINE = "timeline";
    private static final int ATTEMPTS = 5;
    private static final String LATITUDE = "latitude";
    private static final String LONGITUDE = "longitude";
    /** The mean radius of the earth. */
    private static final double EARTH_RADIUS_METRES = 6_371_008.8;

    private final MongoTemplate mongo;
    private final String collection;

    public EstateTimelines(MongoTemplate mongo, String collection) {
        this.mongo = mongo;
        this.collection = collection;
    }

    /** Applies one registry event; the new timeline when it was applied, empty when it was old, a repeat or not an estate event. */
    public Optional<EstateTimeline> apply(InboundEvent event) {
        Optional<EventContract<?>> contract = EstateEvents.aboutEstates().stream().filter(event::is).findFirst();
        if (contract.isEmpty()) {
            return Optional.empty();
        }
        Record payload = event.payload(contract.get());
        String id = event.subject();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Document stored = mongo.findById(id, Document.class, collection);
            Number last = stored == null ? null : stored.get(SequenceGuard.LAST_SEQUENCE, Number.class);
            long seen = last == null ? 0 : last.longValue();
            if (event.sequence() <= seen) {
                return Optional.empty();
            }
            EstateTimeline next = (stored == null ? EstateTimeline.of(id) : read(stored)).with(payload);
            if (write(id, stored != null, last, event.sequence(), next)) {
                return Optional.of(next);
            }
        }
        throw new IllegalStateException("estate " + id + " kept changing while event " + event.sequence() + " was applied");
    }

    /** The estate as the registry has announced it so far, once anything about it has arrived. */
    public Optional<EstateTimeline> find(EstateId estateId) {
        return Optional.ofNullable(mongo.findById(estateId.value(), Document.class, collection)).map(EstateTimelines::read)
                .filter(EstateTimeline::registered);
    }

    /** The estates of a street known here, in the order of their ids. */
    public List<EstateTimeline> inStreet(String street) {
        Query query = new Query(Criteria.where("street").is(street)).with(org.springframework.data.domain.Sort.by("_id"));
        return mongo.find(query, Document.class, collection).stream().map(EstateTimelines::read)
                .filter(EstateTimeline::registered).toList();
    }

    /** Every estate the registry has announced, in the order of their ids: what a district-wide pass reads. */
    public List<EstateTimeline> all() {
        Query query = new Query().with(org.springframework.data.domain.Sort.by("_id"));
        return mongo.find(query, Document.class, collection).stream().map(EstateTimelines::read)
                .filter(EstateTimeline::registered).toList();
    }

    /**
     * The estates known to lie within {@code metres} of a point, nearest first (great-circle distance). Only
     * the square around the point is read, never the whole collection.
     */
    public List<EstateTimeline> near(double latitude, double longitude, double metres) {
        double latitudeSpan = Math.toDegrees(metres / EARTH_RADIUS_METRES);
        double cos = Math.cos(Math.toRadians(latitude));
        double longitudeSpan = cos < 1e-6 ? 180 : Math.min(180, latitudeSpan / cos);
        Query square = new Query(Criteria.where(LATITUDE).gte(latitude - latitudeSpan).lte(latitude + latitudeSpan)
                .and(LONGITUDE).gte(longitude - longitudeSpan).lte(longitude + longitudeSpan));
        return mongo.find(square, Document.class, collection).stream().map(EstateTimelines::read)
                .filter(EstateTimeline::registered).filter(e -> e.location() != null)
                .filter(e -> metresBetween(latitude, longitude, e.location().latitude(), e.location().longitude()) <= metres)
                .sorted(java.util.Comparator.comparingDouble(
                        e -> metresBetween(latitude, longitude, e.location().latitude(), e.location().longitude())))
                .toList();
    }

    /** The great-circle distance between two points, in metres (haversine, on a sphere of the mean radius). */
    public static double metresBetween(double latitude1, double longitude1, double latitude2, double longitude2) {
        double dLat = Math.toRadians(latitude2 - latitude1);
        double dLon = Math.toRadians(longitude2 - longitude1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(latitude1))
                * Math.cos(Math.toRadians(latitude2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** Every street with an estate known here. */
    public List<String> streets() {
        return mongo.findDistinct(new Query(Criteria.where("street").ne(null)), "street", collection, String.class);
    }

    private boolean write(String id, boolean exists, Number readAt, long sequence, EstateTimeline next) {
        Document doc = new Document("_id", id).append(SequenceGuard.LAST_SEQUENCE, sequence)
                .append("street", next.street()).append("community", next.community())
                .append(LATITUDE, next.location() == null ? null : next.location().latitude())
                .append(LONGITUDE, next.location() == null ? null : next.location().longitude())
                .append(TIMELINE, EventJson.write(next));
        if (!exists) {
            try {
                mongo.insert(doc, collection);
                return true;
            } catch (DuplicateKeyException raced) {
                return false;
            }
        }
        Update update = new Update().set(SequenceGuard.LAST_SEQUENCE, sequence).set("street", next.street())
                .set("community", next.community()).set(LATITUDE, doc.get(LATITUDE)).set(LONGITUDE, doc.get(LONGITUDE))
                .set(TIMELINE, doc.getString(TIMELINE));
        Query unchanged = Query.query(Criteria.where("_id").is(id).and(SequenceGuard.LAST_SEQUENCE).is(readAt));
        return mongo.updateFirst(unchanged, update, collection).getModifiedCount() == 1;
    }

    private static EstateTimeline read(Document stored) {
        String json = stored.getString(TIMELINE);
        return json == null ? EstateTimeline.of(stored.getString("_id")) : EventJson.read(json, EstateTimeline.class);
    }
}
