package org.estatecare.assessments.assessment;

import org.estatecare.kit.persistence.AggregateStore;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Repository;

/** Every assessment of every estate and period. */
@Repository
public class Assessments extends AggregateStore<Assessment, AssessmentId> {

    public Assessments(MongoTemplate mongo) {
        super(mongo, Assessment.class, "assessment");
        mongo.indexOps(Assessment.class).createIndex(new Index().on("street", Sort.Direction.ASC).on("period", Sort.Direction.ASC));
        mongo.indexOps(Assessment.class).createIndex(new Index().on("estateId", Sort.Direction.ASC).on("period", Sort.Direction.ASC));
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
}
