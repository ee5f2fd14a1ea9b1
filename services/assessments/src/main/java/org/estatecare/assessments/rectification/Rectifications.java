package org.estatecare.assessments.rectification;

import java.time.LocalDate;
import java.util.List;

import org.estatecare.kit.persistence.AggregateStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Repository;

/** Every rectification order. */
@Repository
public class Rectifications extends AggregateStore<RectificationOrder, RectificationId> {

    public Rectifications(MongoTemplate mongo) {
        super(mongo, RectificationOrder.class, "rectification order");
        var indexes = mongo.indexOps(RectificationOrder.class);
        indexes.createIndex(new Index().on("street", Sort.Direction.ASC).on("dueOn", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("companyId", Sort.Direction.ASC).on("dueOn", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("status", Sort.Direction.ASC).on("dueOn", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("sourceId", Sort.Direction.ASC));
    }

    /** Adds the order unless its cause has one already; false when it had. */
    public boolean addIfAbsent(RectificationOrder order) {
        try {
            add(order);
            return true;
        } catch (DuplicateKeyException opened) {
            return false;
        }
    }

    public Page<RectificationOrder> search(RectificationFilter filter, Criteria scope, Pageable page) {
        Criteria criteria = new Criteria();
        if (filter.estateId() != null) {
            criteria.and("estateId").is(filter.estateId().value());
        }
        if (filter.street() != null) {
            criteria.and("street").is(filter.street());
        }
        if (filter.companyId() != null) {
            criteria.and("companyId").is(filter.companyId().value());
        }
        if (filter.status() != null) {
            criteria.and("status").is(filter.status());
        }
        if (filter.escalation() != null) {
            criteria.and("escalation").is(filter.escalation());
        }
        if (filter.cause() != null) {
            criteria.and("cause").is(filter.cause());
        }
        if (filter.source() != null) {
            criteria.and("sourceId").is(filter.source());
        }
        return page(new Criteria().andOperator(scope, criteria), page);
    }

    /** Orders waiting for the company's answer past their due date and not yet with the district. */
    public List<RectificationOrder> toEscalate(LocalDate today) {
        return all(Criteria.where("status").is(RectificationStatus.OPEN).and("dueOn").lt(today)
                .and("escalation").ne(Escalation.DISTRICT));
    }
}
