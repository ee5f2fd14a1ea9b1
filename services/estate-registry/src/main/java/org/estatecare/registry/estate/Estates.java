package org.estatecare.registry.estate;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.bson.Document;
import org.estatecare.kit.persistence.AggregateStore;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Repository;

/** All estates, read as a collection that only ever shows the caller's scope. */
@Repository
public class Estates extends AggregateStore<Estate> {

    static final String COLLECTION = "estate";

    public Estates(MongoTemplate mongo) {
        super(mongo, Estate.class, "estate");
        var indexes = mongo.indexOps(Estate.class);
        indexes.createIndex(new Index().on("details.street", Sort.Direction.ASC).on("status", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("details.community", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("details.name", Sort.Direction.ASC));
    }

    public Optional<Estate> find(String id, EstateScope scope) {
        return find(id, scope.criteria());
    }

    public Estate get(String id, EstateScope scope) {
        return get(id, scope.criteria());
    }

    /** See {@link AggregateStore#update}. */
    public Estate update(String id, EstateScope scope, OptionalLong expectedRevision, Consumer<Estate> command) {
        return update(id, scope.criteria(), expectedRevision, command);
    }

    public Page<Estate> search(EstateFilter filter, EstateScope scope, Pageable page) {
        return page(new Criteria().andOperator(scope.criteria(), filterCriteria(filter)), page);
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
