package org.estatecare.assessments.referral;

import org.estatecare.kit.persistence.AggregateStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Repository;

/** The problems referred to the district. */
@Repository
public class DistrictReferrals extends AggregateStore<DistrictReferral, ReferralId> {

    public DistrictReferrals(MongoTemplate mongo) {
        super(mongo, DistrictReferral.class, "district referral");
        mongo.indexOps(DistrictReferral.class).createIndex(new Index().on("street", Sort.Direction.ASC).on("raisedOn", Sort.Direction.DESC));
    }

    /** Adds it unless a referral with its id exists (the same overdue item referred before); true when added. */
    public boolean addIfAbsent(DistrictReferral referral) {
        try {
            add(referral);
            return true;
        } catch (DuplicateKeyException referredBefore) {
            return false;
        }
    }
}
