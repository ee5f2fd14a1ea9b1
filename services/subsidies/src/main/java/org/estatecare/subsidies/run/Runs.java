package org.estatecare.subsidies.run;

import java.util.List;

import org.estatecare.kit.persistence.AggregateStore;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Every allocation run, one per month. */
@Repository
public class Runs extends AggregateStore<AllocationRun, RunId> {

    public Runs(MongoTemplate mongo) {
        super(mongo, AllocationRun.class, "allocation run");
        mongo.indexOps(AllocationRun.class).createIndex(new Index().on("status", Sort.Direction.ASC));
    }

    /** Every run, oldest month first. */
    public List<AllocationRun> everyRun() {
        return mongo.find(new Query().with(Sort.by("period")), AllocationRun.class);
    }

    /** Runs approved whose lines or ledger entries may not all be written yet. */
    public List<AllocationRun> settledRuns() {
        return mongo.find(Query.query(Criteria.where("status").ne(RunStatus.COMPUTED)).with(Sort.by("period")),
                AllocationRun.class);
    }
}
