package org.estatecare.agreements.company;

import java.util.regex.Pattern;

import org.bson.Document;
import org.estatecare.events.ids.CompanyId;
import org.estatecare.kit.persistence.AggregateStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * All service companies. A credit code belongs to one company: it is claimed in its own collection
 * (keyed by the code) before the company is written, so the rule holds without secondary indexes.
 */
@Repository
public class Companies extends AggregateStore<ServiceCompany, CompanyId> implements CompanyStanding {

    private static final String CREDIT_CODES = "company_credit_code";

    public Companies(MongoTemplate mongo) {
        super(mongo, ServiceCompany.class, "company");
    }

    /** Adds a new company; {@link DuplicateKeyException} when its id or credit code is taken. */
    public ServiceCompany register(ServiceCompany company) {
        mongo.insert(new Document("_id", company.creditCode()).append("companyId", company.id().value()), CREDIT_CODES);
        try {
            return add(company);
        } catch (RuntimeException failed) {
            mongo.remove(Query.query(Criteria.where("_id").is(company.creditCode()).and("companyId").is(company.id().value())),
                    CREDIT_CODES);
            throw failed;
        }
    }

    /** Active as the register says now; a company never registered is not. */
    @Override
    public boolean isActive(CompanyId company) {
        return find(company, new Criteria()).map(ServiceCompany::isActive).orElse(false);
    }

    /** The companies in {@code scope} that pass the filter. */
    public Page<ServiceCompany> search(CompanyFilter filter, Criteria scope, Pageable page) {
        Criteria criteria = new Criteria();
        if (filter.status() != null) {
            criteria.and("status").is(filter.status());
        }
        if (filter.name() != null && !filter.name().isBlank()) {
            criteria.and("name").regex(Pattern.quote(filter.name()));
        }
        return page(new Criteria().andOperator(scope, criteria), page);
    }
}
