package org.estatecare.subsidies.run;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.persistence.AggregateStore;
import org.estatecare.subsidies.allocation.AllocatedLine;
import org.estatecare.subsidies.allocation.LineKind;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** The lines of every run. */
@Repository
public class Lines extends AggregateStore<AllocationLine, LineId> {

    public Lines(MongoTemplate mongo) {
        super(mongo, AllocationLine.class, "allocation line");
        var indexes = mongo.indexOps(AllocationLine.class);
        indexes.createIndex(new Index().on("runId", Sort.Direction.ASC).on("computation", Sort.Direction.ASC)
                .on("street", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("settled", Sort.Direction.ASC).on("estateId", Sort.Direction.ASC));
    }

    void insertAll(Collection<AllocationLine> lines) {
        mongo.insert(lines, AllocationLine.class);
    }

    /** Removes every unsettled line of {@code run}: an earlier computation's, or what an interrupted one left. */
    void removeUnsettled(RunId run) {
        mongo.remove(Query.query(Criteria.where("runId").is(run.value()).and("settled").is(false)), AllocationLine.class);
    }

    /** How many lines of the run's current computation are stored. */
    public long count(AllocationRun run) {
        return mongo.count(Query.query(current(run)), AllocationLine.class);
    }

    /** The current lines of a run, of one street or all (null). */
    public List<AllocationLine> of(AllocationRun run, String street) {
        return of(run, street, new Criteria());
    }

    /** The current lines of a run a caller sees ({@code scope}), of one street or all (null), by street and estate. */
    public List<AllocationLine> of(AllocationRun run, String street, Criteria scope) {
        Criteria criteria = current(run);
        if (street != null) {
            criteria.and("street").is(street);
        }
        return mongo.find(Query.query(new Criteria().andOperator(scope, criteria)).with(Sort.by("street", "estateId", "_id")),
                AllocationLine.class);
    }

    public Page<AllocationLine> search(AllocationRun run, String street, EstateId estateId, LineKind kind, Criteria scope,
                                       Pageable page) {
        Criteria criteria = current(run);
        if (street != null) {
            criteria.and("street").is(street);
        }
        if (estateId != null) {
            criteria.and("estateId").is(estateId.value());
        }
        if (kind != null) {
            criteria.and("kind").is(kind);
        }
        return page(new Criteria().andOperator(scope, criteria), page);
    }

    /** What approved runs allocated, by estate. */
    public Map<EstateId, List<AllocatedLine>> allocated() {
        Map<EstateId, List<AllocatedLine>> byEstate = new HashMap<>();
        for (AllocationLine line : mongo.find(Query.query(Criteria.where("settled").is(true)), AllocationLine.class)) {
            byEstate.computeIfAbsent(line.estateId(), e -> new ArrayList<>()).add(line.allocated());
        }
        return byEstate;
    }

    /** The sum of the settled lines of runs of {@code periods} in {@code street}. */
    public BigDecimal settledTotal(String street, Collection<String> runIds) {
        return mongo.find(Query.query(Criteria.where("settled").is(true).and("street").is(street).and("runId").in(runIds)),
                AllocationLine.class).stream().map(AllocationLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Criteria current(AllocationRun run) {
        return Criteria.where("runId").is(run.id().value()).and("computation").is(run.computation());
    }
}
