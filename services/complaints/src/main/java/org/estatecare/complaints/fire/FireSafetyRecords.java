package org.estatecare.complaints.fire;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** The streets' fire-lane patrols and fire-safety sessions, each in its own collection. */
@Repository
public class FireSafetyRecords {

    private final MongoTemplate mongo;

    public FireSafetyRecords(MongoTemplate mongo) {
        this.mongo = mongo;
        for (Class<?> type : List.of(FireLanePatrol.class, FireSafetySession.class)) {
            mongo.indexOps(type).createIndex(new Index().on("street", Sort.Direction.ASC).on("day", Sort.Direction.DESC));
            mongo.getConverter().getMappingContext().getPersistentEntity(type);
        }
    }

    <T> T add(T record) {
        return mongo.insert(record);
    }

    <T> java.util.Optional<T> find(Class<T> type, FireSafetyRecordId id, Criteria scope) {
        return java.util.Optional.ofNullable(mongo.findOne(Query.query(new Criteria().andOperator(
                Criteria.where("_id").is(id.value()), scope)), type));
    }

    /** Of a street (all when null), between two days (open ends when null), the latest first. */
    <T> Page<T> page(Class<T> type, String street, LocalDate from, LocalDate to, Criteria scope, Pageable page) {
        Query query = Query.query(new Criteria().andOperator(scope, filter(street, from, to)));
        long total = mongo.count(query, type);
        List<T> content = mongo.find(query.with(Sort.by(Sort.Direction.DESC, "day").and(Sort.by("_id")))
                .skip(page.getOffset()).limit(page.getPageSize()), type);
        return new PageImpl<>(content, page, total);
    }

    <T> List<T> all(Class<T> type, String street, LocalDate from, LocalDate to) {
        return mongo.find(Query.query(filter(street, from, to)), type);
    }

    private static Criteria filter(String street, LocalDate from, LocalDate to) {
        Criteria criteria = street == null ? new Criteria() : Criteria.where("street").is(street);
        if (from != null || to != null) {
            Criteria day = criteria.and("day");
            if (from != null) {
                day.gte(from);
            }
            if (to != null) {
                day.lte(to);
            }
        }
        return criteria;
    }
}
