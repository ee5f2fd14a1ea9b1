package org.estatecare.assessments.reinspection;

import java.util.List;

import org.estatecare.assessments.assessment.AssessmentId;
import org.estatecare.kit.persistence.AggregateStore;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Repository;

/** Every re-inspection. */
@Repository
public class ReInspections extends AggregateStore<ReInspection, ReInspectionId> {

    public ReInspections(MongoTemplate mongo) {
        super(mongo, ReInspection.class, "re-inspection");
        var indexes = mongo.indexOps(ReInspection.class);
        // one open request per assessment, however close together two street officers ask (409 for the second)
        indexes.createIndex(new Index().on("openKey", Sort.Direction.ASC).unique());
        indexes.createIndex(new Index().on("assessmentId", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("street", Sort.Direction.ASC).on("requestedAt", Sort.Direction.DESC));
        // what the scheduled pass looks for, so it reads only what still waits
        indexes.createIndex(new Index().on("revisionPending", Sort.Direction.ASC));
    }

    public Page<ReInspection> search(AssessmentId assessment, String street, ReInspectionStatus status, Criteria scope,
                                     Pageable page) {
        Criteria criteria = new Criteria();
        if (assessment != null) {
            criteria.and("assessmentId").is(assessment.value());
        }
        if (street != null) {
            criteria.and("street").is(street);
        }
        if (status != null) {
            criteria.and("status").is(status);
        }
        return page(new Criteria().andOperator(scope, criteria), page);
    }

    /** Performed re-inspections whose result the assessment may not carry yet. */
    public List<ReInspection> awaitingRevision() {
        return all(Criteria.where("revisionPending").is(true));
    }
}
