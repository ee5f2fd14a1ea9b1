package org.estatecare.assessments.survey;

import java.util.Optional;

import org.estatecare.assessments.assessment.SurveyEvidence;
import org.estatecare.assessments.scoring.AssessmentPeriod;
import org.estatecare.assessments.scoring.SurveyResult;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.persistence.AggregateStore;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Every satisfaction survey; also the closed surveys the period scores are computed from. */
@Repository
public class Surveys extends AggregateStore<Survey, SurveyId> implements SurveyEvidence {

    public Surveys(MongoTemplate mongo) {
        super(mongo, Survey.class, "survey");
        var indexes = mongo.indexOps(Survey.class);
        // R-ASM-4: one survey per estate and period, whoever opens it and however close together
        indexes.createIndex(new Index().on("estateId", Sort.Direction.ASC).on("period", Sort.Direction.ASC).unique());
        indexes.createIndex(new Index().on("street", Sort.Direction.ASC).on("periodEnd", Sort.Direction.DESC));
        indexes.createIndex(new Index().on("community", Sort.Direction.ASC).on("periodEnd", Sort.Direction.DESC));
        indexes.createIndex(new Index().on("companyId", Sort.Direction.ASC).on("periodEnd", Sort.Direction.DESC));
        indexes.createIndex(new Index().on("codes.code", Sort.Direction.ASC));
    }

    public Page<Survey> search(SurveyFilter filter, Criteria scope, Pageable page) {
        Criteria criteria = new Criteria();
        if (filter.estateId() != null) {
            criteria.and("estateId").is(filter.estateId().value());
        }
        if (filter.street() != null) {
            criteria.and("street").is(filter.street());
        }
        if (filter.period() != null) {
            criteria.and("period").is(filter.period().toString());
        }
        if (filter.status() != null) {
            criteria.and("status").is(filter.status());
        }
        return page(new Criteria().andOperator(scope, criteria), page);
    }

    /** The survey that issued this code, whoever asks: a resident answers without an account. */
    public Optional<Survey> withCode(CodeHash code) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("codes.code").is(code.value())), Survey.class));
    }

    /** The estate's survey of the period, once closed, as the scoring reads it. */
    @Override
    public Optional<SurveyResult> closed(EstateId estate, AssessmentPeriod period) {
        Query query = Query.query(Criteria.where("estateId").is(estate.value()).and("period").is(period.toString())
                .and("status").is(SurveyStatus.CLOSED));
        return Optional.ofNullable(mongo.findOne(query, Survey.class)).map(Survey::toResult);
    }
}
