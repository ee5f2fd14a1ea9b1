package org.estatecare.agreements.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.estatecare.agreements.company.CompanyCommitments;
import org.estatecare.events.ids.AgreementId;
import org.estatecare.events.ids.CompanyId;
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

/** All agreements. */
@Repository
public class Agreements extends AggregateStore<Agreement, AgreementId> implements CompanyCommitments {

    private static final List<AgreementStatus> HOLDING = List.of(AgreementStatus.SIGNED, AgreementStatus.ACTIVE);

    private final Clock clock;

    public Agreements(MongoTemplate mongo, Clock clock) {
        super(mongo, Agreement.class, "agreement");
        this.clock = clock;
        var indexes = mongo.indexOps(Agreement.class);
        indexes.createIndex(new Index().on("estateId", Sort.Direction.ASC).on("status", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("companyId", Sort.Direction.ASC).on("status", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("status", Sort.Direction.ASC).on("termEnd", Sort.Direction.ASC));
    }

    /** The agreements in {@code scope} that pass the filter. */
    public Page<Agreement> search(AgreementFilter filter, Criteria scope, Pageable page) {
        Criteria criteria = new Criteria();
        if (filter.estate() != null) {
            criteria.and("estateId").is(filter.estate().value());
        }
        if (filter.street() != null) {
            criteria.and("street").is(filter.street());
        }
        if (filter.community() != null) {
            criteria.and("community").is(filter.community());
        }
        if (filter.company() != null) {
            criteria.and("companyId").is(filter.company().value());
        }
        if (filter.status() != null) {
            criteria.and("status").is(filter.status());
        }
        return page(new Criteria().andOperator(scope, criteria), page);
    }

    /** Every agreement of an estate that was ever signed, newest term first. */
    public List<Agreement> signedFor(EstateId estateId) {
        return mongo.find(Query.query(Criteria.where("estateId").is(estateId.value()).and("status").ne(AgreementStatus.DRAFT))
                .with(Sort.by(Sort.Direction.DESC, "termStart")), Agreement.class);
    }

    /** Agreements whose status the calendar may move: signed ones waiting to start, and those in force. */
    public List<Agreement> dueForTheCalendar() {
        return mongo.find(Query.query(Criteria.where("status").in(HOLDING)), Agreement.class);
    }

    /** Every agreement of the estate, drafts included. */
    public List<Agreement> ofEstate(EstateId estateId) {
        return mongo.find(Query.query(Criteria.where("estateId").is(estateId.value())), Agreement.class);
    }

    /** How many agreements stand in each status (every status, zero included). */
    public Map<AgreementStatus, Long> countByStatus() {
        Map<AgreementStatus, Long> counts = new EnumMap<>(AgreementStatus.class);
        for (AgreementStatus status : AgreementStatus.values()) {
            counts.put(status, mongo.count(Query.query(Criteria.where("status").is(status)), Agreement.class));
        }
        return counts;
    }

    /** Signed and not ended, or ended early with a last day still to come. */
    @Override
    public boolean holdsAgreements(CompanyId companyId) {
        LocalDate today = Agreement.today(clock.instant());
        return mongo.find(Query.query(Criteria.where("companyId").is(companyId.value()).and("status").ne(AgreementStatus.DRAFT)),
                Agreement.class).stream().anyMatch(a -> a.status().holds() || a.inForceFrom(today));
    }
}
