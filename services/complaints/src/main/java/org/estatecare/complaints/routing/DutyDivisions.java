package org.estatecare.complaints.routing;

import org.estatecare.kit.persistence.AggregateStore;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** The districts' divisions of complaint duties, one document per district holding all its decisions. */
@Repository
public class DutyDivisions extends AggregateStore<DutyDivision, DutyDivisionId> {

    public DutyDivisions(MongoTemplate mongo) {
        super(mongo, DutyDivision.class, "division of duties");
    }
}
