package org.estatecare.complaints.complaint;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.bson.Document;
import org.estatecare.events.ids.ComplaintId;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.persistence.AggregateStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** All complaints. */
@Repository
public class Complaints extends AggregateStore<Complaint, ComplaintId> {

    private static final Logger log = LoggerFactory.getLogger(Complaints.class);
    /** Writes of one complaint in a pass before it is left for the next pass. */

    /** How a pass over many complaints went: how many it changed, and how many it could not. */
    public record Pass(int changed, int failed) {
    }

    public Complaints(MongoTemplate mongo) {
        super(mongo, Complaint.class, "complaint");
        var indexes = mongo.indexOps(Complaint.class);
        indexes.createIndex(new Index().on("estate.estateId", Sort.Direction.ASC).on("category", Sort.Direction.ASC)
                .on("status", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("status", Sort.Direction.ASC).on("assignment.resolveBy", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("status", Sort.Direction.ASC).on("assignment.resolveDueAt", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("status", Sort.Direction.ASC).on("assignment.step.kind", Sort.Direction.ASC)
                .on("estate.estateId", Sort.Direction.ASC));
        // a list's default order (newest filed first), in the whole district and in each scope a caller may have
        indexes.createIndex(new Index().on("filedAt", Sort.Direction.DESC));
        indexes.createIndex(new Index().on("estate.street", Sort.Direction.ASC).on("filedAt", Sort.Direction.DESC));
        indexes.createIndex(new Index().on("estate.community", Sort.Direction.ASC).on("filedAt", Sort.Direction.DESC));
        indexes.createIndex(new Index().on("filerSubject", Sort.Direction.ASC).on("filedAt", Sort.Direction.DESC));
    }

    /**
     * Runs {@code change} on each complaint and saves what it changed (it answers whether it changed anything). Each
     * write is conditional on the version read and, when another write got there first, retried on fresh state, so a
     * concurrent command is never overwritten; a complaint that fails is logged and counted and never stops the others.
     */
    public Pass changeEach(List<Complaint> loaded, String pass, Predicate<Complaint> change) {
        int changed = 0;
        int failed = 0;
        for (Complaint complaint : loaded) {
            try {
                if (changeIf(complaint, change)) {
                    changed++;
                }
            } catch (RuntimeException e) {
                // ids and the error only: no complainant's data in the log
                failed++;
                log.warn("{}: complaint not changed: complaint={} error={}", pass, complaint.id(), e.toString());
            }
        }
        return new Pass(changed, failed);
    }

    /** Open complaints whose assignment started before {@code before}: the deadlines a new calendar year may move. */
    public List<Complaint> openAssignedBefore(Instant before) {
        return all(Criteria.where("status").in(ComplaintStatus.ASSIGNED, ComplaintStatus.IN_PROGRESS)
                .and("assignment.since").lt(Date.from(before)));
    }

    /** One page of the complaints in {@code scope} that match {@code filter}, as of {@code now} (for "overdue"). */
    public Page<Complaint> search(ComplaintFilter filter, Criteria scope, Pageable page, Instant now) {
        return page(new Criteria().andOperator(scope, criteria(filter, now)), page);
    }

    /** The complaints in {@code scope} filed from {@code from} to {@code to}, business dates both included. */
    public List<Complaint> filedBetween(LocalDate from, LocalDate to, Criteria scope) {
        Criteria period = Criteria.where("filedAt")
                .gte(Date.from(from.atStartOfDay(Complaint.BUSINESS_ZONE).toInstant()))
                .lt(Date.from(to.plusDays(1).atStartOfDay(Complaint.BUSINESS_ZONE).toInstant()));
        return all(new Criteria().andOperator(scope, period));
    }

    private static Criteria criteria(ComplaintFilter filter, Instant now) {
        Criteria criteria = new Criteria();
        if (filter.street() != null) {
            criteria.and("estate.street").is(filter.street());
        }
        if (filter.community() != null) {
            criteria.and("estate.community").is(filter.community());
        }
        if (filter.estate() != null) {
            criteria.and("estate.estateId").is(filter.estate().value());
        }
        if (!filter.categories().isEmpty()) {
            criteria.and("category").in(filter.categories());
        }
        if (filter.filedFrom() != null || filter.filedUntil() != null) {
            Criteria filed = criteria.and("filedAt");
            if (filter.filedFrom() != null) {
                filed.gte(Date.from(filter.filedFrom()));
            }
            if (filter.filedUntil() != null) {
                filed.lte(Date.from(filter.filedUntil()));
            }
        }
        if (filter.handler() != null) {
            criteria.and("assignment.step.kind").is(filter.handler());
        }
        if (!filter.named().isEmpty()) {
            criteria.and("_id").in(filter.named().stream().map(ComplaintId::value).toList());
        }
        List<Criteria> status = new java.util.ArrayList<>();
        if (!filter.statuses().isEmpty()) {
            status.add(Criteria.where("status").in(filter.statuses()));
        }
        if (filter.overdue()) {
            status.add(Criteria.where("status").in(ComplaintStatus.ASSIGNED, ComplaintStatus.IN_PROGRESS)
                    .and("assignment.resolveDueAt").lte(Date.from(now)));
        }
        return status.isEmpty() ? criteria : criteria.andOperator(status);
    }

    /** An open complaint the new report repeats (same estate, category and place, within the window). */
    public Optional<Complaint> openRepeatOf(Complaint.Report report, Duration window, Instant now) {
        Query candidates = Query.query(Criteria.where("estate.estateId").is(report.estate().estateId().value())
                .and("category").is(report.category())
                .and("status").in(ComplaintStatus.ASSIGNED, ComplaintStatus.IN_PROGRESS)
                .and("filedAt").gte(Date.from(now.minus(window))));
        return mongo.find(candidates, Complaint.class).stream()
                .filter(open -> open.isRepeatedBy(report, window, now)).findFirst();
    }

    /** Open complaints per street; with {@code overdueAt}, only those whose resolve deadline has passed by then. */
    public Map<String, Long> openByStreet(Instant overdueAt) {
        Criteria open = Criteria.where("status").in(ComplaintStatus.ASSIGNED, ComplaintStatus.IN_PROGRESS);
        if (overdueAt != null) {
            open.and("assignment.resolveDueAt").lte(Date.from(overdueAt));
        }
        Map<String, Long> counts = new TreeMap<>();
        mongo.aggregate(Aggregation.newAggregation(Aggregation.match(open), Aggregation.group("estate.street").count().as("count")),
                        Complaint.class, Document.class).getMappedResults()
                .forEach(row -> counts.put(String.valueOf(row.get("_id")), ((Number) row.get("count")).longValue()));
        return counts;
    }

    /** Complaints resolved since {@code since}, per street and whether on time: street → (on time → count). */
    public Map<String, Map<Boolean, Long>> resolvedByStreetSince(Instant since) {
        Map<String, Map<Boolean, Long>> counts = new TreeMap<>();
        mongo.aggregate(Aggregation.newAggregation(Aggregation.match(Criteria.where("resolvedAt").gte(Date.from(since))),
                        Aggregation.group("estate.street", "resolvedOnTime").count().as("count")), Complaint.class, Document.class)
                .getMappedResults().forEach(row -> {
                    Document key = row.get("_id", Document.class);
                    counts.computeIfAbsent(key.getString("street"), street -> new TreeMap<>())
                            .merge(Boolean.TRUE.equals(key.getBoolean("resolvedOnTime")), ((Number) row.get("count")).longValue(), Long::sum);
                });
        return counts;
    }

    /**
     * Candidates for escalation on {@code today}: open complaints whose resolve deadline falls on or before it —
     * a deadline in hours passes during its day (R-CMP-5). Whether one is overdue now the complaint decides.
     */
    public List<Complaint> overdue(LocalDate today) {
        return mongo.find(Query.query(Criteria.where("status").in(ComplaintStatus.ASSIGNED, ComplaintStatus.IN_PROGRESS)
                .and("assignment.resolveBy").lte(today)), Complaint.class);
    }

    /** Open complaints of the estate that are with its service company now. */
    public List<Complaint> openWithCompany(EstateId estate) {
        return mongo.find(Query.query(withCompany().and("estate.estateId").is(estate.value())), Complaint.class);
    }

    /** The estates with open complaints at their service company: where a company may have stopped serving. */
    public List<EstateId> estatesWithOpenCompanyComplaints() {
        return mongo.findDistinct(Query.query(withCompany()), "estate.estateId", Complaint.class, String.class).stream()
                .map(EstateId::new).toList();
    }

    private static Criteria withCompany() {
        return Criteria.where("status").in(ComplaintStatus.ASSIGNED, ComplaintStatus.IN_PROGRESS)
                .and("assignment.step.kind").is("SERVICE_COMPANY");
    }
}
