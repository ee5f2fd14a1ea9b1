package org.estatecare.agreements.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.estatecare.agreements.company.CompanyCommitments;
import org.estatecare.kit.persistence.AggregateStore;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** All agreements. */
@Repository
public class Agreements extends AggregateStore<Agreement> implements CompanyCommitments {

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

    /** The estate's agreements that are signed and not ended. */
    public List<Agreement> holding(String estateId) {
        return mongo.find(Query.query(Criteria.where("estateId").is(estateId).and("status").in(HOLDING)), Agreement.class);
    }

    /** Every agreement of an estate that was ever signed, newest term first. */
    public List<Agreement> signedFor(String estateId) {
        return mongo.find(Query.query(Criteria.where("estateId").is(estateId).and("status").ne(AgreementStatus.DRAFT))
                .with(Sort.by(Sort.Direction.DESC, "termStart")), Agreement.class);
    }

    /** Agreements whose status the calendar may move: signed ones waiting to start, and those in force. */
    public List<Agreement> dueForTheCalendar() {
        return mongo.find(Query.query(Criteria.where("status").in(HOLDING)), Agreement.class);
    }

    /** Whether the agreement was ever signed (it may have ended since): its claim on the estate's terms stands. */
    public boolean wasSigned(String agreementId) {
        return mongo.exists(Query.query(Criteria.where("_id").is(agreementId).and("status").ne(AgreementStatus.DRAFT)),
                Agreement.class);
    }

    /** Every agreement of the estate, drafts included. */
    public List<Agreement> ofEstate(String estateId) {
        return mongo.find(Query.query(Criteria.where("estateId").is(estateId)), Agreement.class);
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
    public boolean holdsAgreements(String companyId) {
        LocalDate today = Agreement.today(clock.instant());
        return mongo.find(Query.query(Criteria.where("companyId").is(companyId).and("status").ne(AgreementStatus.DRAFT)),
                Agreement.class).stream().anyMatch(a -> a.status().holds() || a.inForceFrom(today));
    }
}
