package org.estatecare.assessments.assessment;

import java.util.List;

import org.estatecare.kit.persistence.AggregateStore;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** Every assessment of every estate and period. */
@Repository
public class Assessments extends AggregateStore<Assessment, AssessmentId> {

    public Assessments(MongoTemplate mongo) {
        super(mongo, Assessment.class, "assessment");
        mongo.indexOps(Assessment.class).createIndex(new Index().on("street", Sort.Direction.ASC).on("period", Sort.Direction.ASC));
        mongo.indexOps(Assessment.class).createIndex(new Index().on("estateId", Sort.Direction.ASC).on("period", Sort.Direction.ASC));
        // what the scheduled pass looks for, so it reads only what still waits
        mongo.indexOps(Assessment.class).createIndex(new Index().on("rectificationPending", Sort.Direction.ASC));
    }

    public Page<Assessment> search(AssessmentFilter filter, Criteria scope, Pageable page) {
        Criteria criteria = new Criteria();
        if (filter.estateId() != null) {
            criteria.and("estateId").is(filter.estateId().value());
        }
        if (filter.street() != null) {
            criteria.and("street").is(filter.street());
        }
        if (filter.community() != null) {
            criteria.and("community").is(filter.community());
        }
        if (filter.companyId() != null) {
            criteria.and("companyId").is(filter.companyId().value());
        }
        if (filter.period() != null) {
            criteria.and("period").is(filter.period());
        }
        if (filter.status() != null) {
            criteria.and("status").is(filter.status());
        }
        if (filter.grade() != null) {
            criteria.and("breakdown.grade").is(filter.grade());
        }
        return page(new Criteria().andOperator(scope, criteria), page);
    }

    /** The assessments whose rectification orders may still be waiting to be opened. */
    public List<Assessment> awaitingRectification() {
        return all(Criteria.where("rectificationPending").is(true));
    }

    /**
     * Clears the mark once the orders of this revision are open. A write since (a new revision) keeps it, so
     * what that write found is opened too; the storage version is left alone, so no command races with this.
     */
    public void rectificationOpened(AssessmentId id, long revision) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id.value())
                        .and("revision").is(revision)),
                Update.update("rectificationPending", false), Assessment.class);
    }
}
