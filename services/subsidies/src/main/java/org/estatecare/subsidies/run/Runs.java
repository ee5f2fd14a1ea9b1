package org.estatecare.subsidies.run;

import java.util.List;

import org.estatecare.kit.persistence.AggregateStore;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
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
        // what the completion pass looks for, so it reads only what still waits
        mongo.indexOps(AllocationRun.class).createIndex(new Index().on("incomplete", Sort.Direction.ASC));
    }

    /** Every run, oldest month first. */
    public List<AllocationRun> everyRun() {
        return mongo.find(new Query().with(Sort.by("period")), AllocationRun.class);
    }

    /** Runs approved or paid whose lines or ledger entries may not all be written yet. */
    public List<AllocationRun> incomplete() {
        return mongo.find(Query.query(Criteria.where("incomplete").is(true)), AllocationRun.class);
    }

    public Page<AllocationRun> search(RunStatus status, Pageable page) {
        return page(status == null ? new Criteria() : Criteria.where("status").is(status), page);
    }

    /** Runs approved or paid, oldest month first. */
    public List<AllocationRun> settledRuns() {
        return mongo.find(Query.query(Criteria.where("status").ne(RunStatus.COMPUTED)).with(Sort.by("period")),
                AllocationRun.class);
    }
}
