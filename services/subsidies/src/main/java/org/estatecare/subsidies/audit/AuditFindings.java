package org.estatecare.subsidies.audit;

import java.util.Set;
import java.util.stream.Collectors;

import org.estatecare.kit.persistence.AggregateStore;
import org.estatecare.subsidies.run.Holds;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Repository;

/** Every audit finding; the open holds are the recipients a run flags. */
@Repository
public class AuditFindings extends AggregateStore<AuditFinding, FindingId> implements Holds {

    public AuditFindings(MongoTemplate mongo) {
        super(mongo, AuditFinding.class, "audit finding");
        mongo.indexOps(AuditFinding.class).createIndex(new Index().on("quarter", Sort.Direction.ASC).on("street", Sort.Direction.ASC));
    }

    @Override
    public Set<String> recipientsOnHold() {
        return all(Criteria.where("status").is(FindingStatus.OPEN).and("action").is(FindingAction.HOLD_NEXT_DISBURSEMENT)
                .and("companyId").ne(null)).stream().map(f -> f.companyId().value()).collect(Collectors.toUnmodifiableSet());
    }
}
