package org.estatecare.subsidies.maintenance;

import java.util.List;

import org.estatecare.kit.persistence.AggregateStore;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Every recorded use of a maintenance fund. The invoice key is unique among the uses that stand (a voided use has
 * none), so two uses of one invoice cannot both be recorded, even by two writers at once.
 */
@Repository
public class FundUses extends AggregateStore<FundUse, FundUseId> {

    public FundUses(MongoTemplate mongo) {
        super(mongo, FundUse.class, "maintenance fund use");
        mongo.indexOps(FundUse.class).createIndex(new Index().on("invoiceKey", Sort.Direction.ASC).unique().sparse()
                .named("one_use_per_invoice"));
        mongo.indexOps(FundUse.class).createIndex(new Index().on("street", Sort.Direction.ASC).on("spentOn", Sort.Direction.ASC));
        mongo.indexOps(FundUse.class).createIndex(new Index().on("estateId", Sort.Direction.ASC).on("spentOn", Sort.Direction.ASC));
    }

    /** The query for a filter: every part optional, the spending days inclusive. */
    static Criteria criteria(FundUseFilter filter) {
        Criteria criteria = new Criteria();
        if (filter.street() != null) {
            criteria.and("street").is(filter.street());
        }
        if (filter.estateId() != null) {
            criteria.and("estateId").is(filter.estateId().value());
        }
        if (filter.fund() != null) {
            criteria.and("fund").is(filter.fund());
        }
        if (filter.status() != null) {
            criteria.and("status").is(filter.status());
        }
        if (filter.from() != null || filter.to() != null) {
            Criteria spent = criteria.and("spentOn");
            if (filter.from() != null) {
                spent.gte(filter.from());
            }
            if (filter.to() != null) {
                spent.lte(filter.to());
            }
        }
        return criteria;
    }

    /** The uses matching {@code criteria}, by street, then oldest spending first: an export's order. */
    public List<FundUse> inExportOrder(Criteria criteria) {
        return mongo.find(Query.query(criteria).with(Sort.by("street", "spentOn", "recordedAt")), FundUse.class);
    }
}
