package org.estatecare.subsidies.stop;

import java.time.Clock;

import org.estatecare.events.estates.EstateExited;
import org.estatecare.kit.persistence.AggregateStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** The stop notices, one per estate and exit day. */
@Repository
public class SubsidyStops extends AggregateStore<StopNotice, StopNoticeId> {

    private final Clock clock;

    public SubsidyStops(MongoTemplate mongo, Clock clock) {
        super(mongo, StopNotice.class, "stop notice");
        this.clock = clock;
    }

    /** Announces that the estate's subsidies stop from its exit day; a second announcement of the same exit is a no-op. */
    public void announce(EstateExited exit) {
        try {
            add(StopNotice.of(exit, clock.instant()));
        } catch (DuplicateKeyException redelivered) {
            // the same exit, announced by a concurrent delivery
        }
    }
}
