package org.estatecare.registry.estate;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.bson.Document;
import org.estatecare.kit.domain.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** All estates, read as a collection that only ever shows the caller's scope. */
@Repository
public class Estates {

    static final String COLLECTION = "estate";
    private static final int WRITE_ATTEMPTS = 3;

    private final MongoTemplate mongo;

    public Estates(MongoTemplate mongo) {
        this.mongo = mongo;
        // known to the mapping context from the start, so the outbox relay finds pending events after a restart
        mongo.getConverter().getMappingContext().getPersistentEntity(Estate.class);
        var indexes = mongo.indexOps(Estate.class);
        indexes.createIndex(new Index().on("details.street", Sort.Direction.ASC).on("status", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("details.community", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("details.name", Sort.Direction.ASC));
    }

    public Optional<Estate> find(String id, EstateScope scope) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("_id").is(id).andOperator(scope.criteria())),
                Estate.class));
    }

    public Estate get(String id, EstateScope scope) {
        return find(id, scope).orElseThrow(() -> new NotFoundException("estate", id));
    }

    public Estate add(Estate estate) {
        return mongo.insert(estate);
    }

    /**
     * Runs a command on the current state of an estate and saves it, retrying on fresh state if
     * another write (or the outbox relay) got there first. {@code expectedRevision} is the client's
     * {@code If-Match}: checked against every attempt's fresh state.
     */
    public Estate update(String id, EstateScope scope, OptionalLong expectedRevision, Consumer<Estate> command) {
        for (int attempt = 1; ; attempt++) {
            Estate estate = get(id, scope);
            expectedRevision.ifPresent(estate::requireRevision);
            command.accept(estate);
            try {
                return mongo.save(estate);
            } catch (OptimisticLockingFailureException raced) {
                if (attempt == WRITE_ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }

    public Page<Estate> search(EstateFilter filter, EstateScope scope, Pageable page) {
        Criteria criteria = new Criteria().andOperator(scope.criteria(), filterCriteria(filter));
        Query query = Query.query(criteria);
        long total = mongo.count(query, Estate.class);
        List<Estate> content = mongo.find(query.with(page), Estate.class);
        return new PageImpl<>(content, page, total);
    }

    public List<StreetStatusCount> countByStreetAndStatus(EstateScope scope) {
        Aggregation aggregation = Aggregation.newAggregation(
                Aggregation.match(scope.criteria()),
                Aggregation.group("details.street", "status").count().as("count"));
        return mongo.aggregate(aggregation, COLLECTION, Document.class).getMappedResults().stream()
                .map(row -> {
                    Document key = row.get("_id", Document.class);
                    return new StreetStatusCount(key.getString("street"), EstateStatus.valueOf(key.getString("status")),
                            ((Number) row.get("count")).longValue());
                })
                .sorted(java.util.Comparator.comparing(StreetStatusCount::street).thenComparing(StreetStatusCount::status))
                .toList();
    }

    public long count() {
        return mongo.count(new Query(), Estate.class);
    }

    private static Criteria filterCriteria(EstateFilter filter) {
        Criteria criteria = new Criteria();
        if (filter.street() != null) {
            criteria.and("details.street").is(filter.street());
        }
        if (filter.community() != null) {
            criteria.and("details.community").is(filter.community());
        }
        if (filter.status() != null) {
            criteria.and("status").is(filter.status());
        }
        if (filter.mode() != null) {
            criteria.and("managementMode").is(filter.mode());
        }
        if (filter.name() != null && !filter.name().isBlank()) {
            criteria.and("details.name").regex(Pattern.quote(filter.name().strip()));
        }
        return criteria;
    }
}
