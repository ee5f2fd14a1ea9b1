package org.estatecare.subsidies.policy;

import java.util.OptionalLong;
import java.util.function.Consumer;

import org.estatecare.kit.persistence.AggregateStore;
import org.estatecare.kit.security.Access;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** The one district policy, created empty the first time it is read. */
@Repository
public class Policies extends AggregateStore<SubsidyPolicy, PolicyId> {

    public Policies(MongoTemplate mongo) {
        super(mongo, SubsidyPolicy.class, "subsidy policy");
    }

    public SubsidyPolicy current() {
        return find(PolicyId.DISTRICT, Access.everything()).orElseGet(() -> {
            try {
                return add(SubsidyPolicy.empty());
            } catch (DuplicateKeyException raced) {
                return get(PolicyId.DISTRICT, Access.everything());
            }
        });
    }

    public SubsidyPolicy change(OptionalLong ifMatch, Consumer<SubsidyPolicy> decision) {
        current();
        return update(PolicyId.DISTRICT, Access.everything(), ifMatch, decision);
    }
}
