package org.estatecare.assessments.inspection;

import java.time.LocalDate;
import java.util.List;

import org.estatecare.assessments.assessment.InspectionEvidence;
import org.estatecare.assessments.scoring.Finding;
import org.estatecare.assessments.scoring.InspectionResult;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.persistence.AggregateStore;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** Every inspection of every estate; also the inspection evidence the period scores are computed from. */
@Repository
public class Inspections extends AggregateStore<Inspection, InspectionId> implements InspectionEvidence {

    public Inspections(MongoTemplate mongo) {
        super(mongo, Inspection.class, "inspection");
        var indexes = mongo.indexOps(Inspection.class);
        indexes.createIndex(new Index().on("estateId", Sort.Direction.ASC).on("inspectedOn", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("street", Sort.Direction.ASC).on("inspectedOn", Sort.Direction.DESC));
        indexes.createIndex(new Index().on("community", Sort.Direction.ASC).on("inspectedOn", Sort.Direction.DESC));
        indexes.createIndex(new Index().on("companyId", Sort.Direction.ASC).on("inspectedOn", Sort.Direction.DESC));
        // what the scheduled pass looks for, so it reads only what still waits
        indexes.createIndex(new Index().on("rectificationPending", Sort.Direction.ASC));
    }

    public Page<Inspection> search(InspectionFilter filter, Criteria scope, Pageable page) {
        Criteria criteria = new Criteria();
        if (filter.estateId() != null) {
            criteria.and("estateId").is(filter.estateId().value());
        }
        if (filter.street() != null) {
            criteria.and("street").is(filter.street());
        }
        if (filter.community() != null) {
            criteria.and("community").is(filter.community());
        }
        if (filter.level() != null) {
            criteria.and("level").is(filter.level());
        }
        if (filter.from() != null || filter.to() != null) {
            Criteria day = criteria.and("inspectedOn");
            if (filter.from() != null) {
                day.gte(filter.from());
            }
            if (filter.to() != null) {
                day.lte(filter.to());
            }
        }
        return page(new Criteria().andOperator(scope, criteria), page);
    }

    /** The checklist scores of the estate's inspections of the days from {@code from} to {@code to}, as the scoring reads them. */
    @Override
    public List<InspectionResult> results(EstateId estate, LocalDate from, LocalDate to) {
        return inspected(estate, from, to).stream().map(Inspection::toResult).toList();
    }

    /** The findings of the estate's inspections of those days, as the scoring deducts for them. */
    @Override
    public List<Finding> findings(EstateId estate, LocalDate from, LocalDate to) {
        return inspected(estate, from, to).stream().flatMap(inspection -> inspection.findings().stream()).toList();
    }

    /** The estate's inspections of the days from {@code from} to {@code to}, in the order they were made. */
    private List<Inspection> inspected(EstateId estate, LocalDate from, LocalDate to) {
        Query query = Query.query(Criteria.where("estateId").is(estate.value()).and("inspectedOn").gte(from).lte(to))
                .with(Sort.by("inspectedOn", "_id"));
        return mongo.find(query, Inspection.class);
    }

    /** The inspections whose rectification orders may still be waiting to be opened. */
    public List<Inspection> awaitingRectification() {
        return all(Criteria.where("rectificationPending").is(true));
    }

    /**
     * Clears the mark once the orders of this revision are open. A write since (a new revision) keeps it, so
     * what that write found is opened too; the storage version is left alone, so no command races with this.
     */
    public void rectificationOpened(InspectionId id, long revision) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id.value())
                        .and("revision").is(revision)),
                Update.update("rectificationPending", false), Inspection.class);
    }
}
