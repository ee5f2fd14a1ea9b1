package org.estatecare.agreements.report;

import org.estatecare.kit.time.Quarter;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.persistence.AggregateStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Every agreement's quarters of every estate, with their months, publications and subsidy-use reports. */
@Repository
public class FeeQuarters extends AggregateStore<FeeQuarter, FeeQuarterId> {

    private static final Criteria ALL = new Criteria();

    public FeeQuarters(MongoTemplate mongo) {
        super(mongo, FeeQuarter.class, "fee quarter");
        mongo.indexOps(FeeQuarter.class).createIndex(new Index().on("estateId", Sort.Direction.ASC).on("quarter", Sort.Direction.ASC));
    }

    /**
     * Runs a command on the agreement's quarter, opened on its first command; a refused command writes
     * nothing. A quarter opened by a racing command meanwhile is decided on again as stored.
     */
    public FeeQuarter change(FeeQuarter.Stamp stamp, Quarter quarter, Consumer<FeeQuarter> command) {
        FeeQuarterId id = FeeQuarterId.of(quarter, stamp.estateId(), stamp.agreementId());
        if (find(id, ALL).isEmpty()) {
            FeeQuarter opened = FeeQuarter.open(stamp, quarter);
            command.accept(opened);
            try {
                return add(opened);
            } catch (DuplicateKeyException raced) {
                // opened a moment ago by another command: decide on its state below
            }
        }
        return update(id, ALL, OptionalLong.empty(), command);
    }

    public Optional<FeeQuarter> published(FeeQuarterId id, Criteria scope) {
        return find(id, new Criteria().andOperator(scope, Criteria.where("publication").ne(null)));
    }

    public Optional<FeeQuarter> reported(FeeQuarterId id, Criteria scope) {
        return find(id, new Criteria().andOperator(scope, Criteria.where("subsidyUse").ne(null)));
    }

    /** The estate's published quarters in {@code scope}. */
    public Page<FeeQuarter> publishedOf(EstateId estateId, Criteria scope, Pageable page) {
        return page(new Criteria().andOperator(scope, Criteria.where("estateId").is(estateId.value()),
                Criteria.where("publication").ne(null)), page);
    }

    /** The estate's reported quarters in {@code scope}. */
    public Page<FeeQuarter> reportedOf(EstateId estateId, Criteria scope, Pageable page) {
        return page(new Criteria().andOperator(scope, Criteria.where("estateId").is(estateId.value()),
                Criteria.where("subsidyUse").ne(null)), page);
    }

    /** The estate's quarters in {@code scope} from {@code first} to {@code last}. */
    public List<FeeQuarter> ofEstate(EstateId estateId, Criteria scope, Quarter first, Quarter last) {
        // "2026-Q1" sorts as text in calendar order: four-digit years
        return all(new Criteria().andOperator(scope, Criteria.where("estateId").is(estateId.value()),
                Criteria.where("quarter").gte(first.toString()).lte(last.toString())));
    }

    /** The estate's quarters recorded under another street or community than {@code street}/{@code community}. */
    public List<FeeQuarter> elsewhere(EstateId estateId, String street, String community) {
        return mongo.find(Query.query(Criteria.where("estateId").is(estateId.value())
                .orOperator(Criteria.where("street").ne(street), Criteria.where("community").ne(community))), FeeQuarter.class);
    }
}
