package org.estatecare.complaints.complaint;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.bson.Document;
import org.estatecare.kit.persistence.AggregateStore;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** All complaints. */
@Repository
public class Complaints extends AggregateStore<Complaint> {

    public Complaints(MongoTemplate mongo) {
        super(mongo, Complaint.class, "complaint");
        var indexes = mongo.indexOps(Complaint.class);
        indexes.createIndex(new Index().on("estate.estateId", Sort.Direction.ASC).on("category", Sort.Direction.ASC)
                .on("status", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("status", Sort.Direction.ASC).on("assignment.resolveBy", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("status", Sort.Direction.ASC).on("assignment.resolveDueAt", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("status", Sort.Direction.ASC).on("assignment.step.kind", Sort.Direction.ASC)
                .on("estate.estateId", Sort.Direction.ASC));
    }

    /** An open complaint the new report repeats (same estate, category and place, within the window). */
    public Optional<Complaint> openRepeatOf(Complaint.Report report, Duration window, Instant now) {
        Query candidates = Query.query(Criteria.where("estate.estateId").is(report.estate().estateId())
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
    public List<Complaint> openWithCompany(String estateId) {
        return mongo.find(Query.query(withCompany().and("estate.estateId").is(estateId)), Complaint.class);
    }

    /** The estates with open complaints at their service company: where a company may have stopped serving. */
    public List<String> estatesWithOpenCompanyComplaints() {
        return mongo.findDistinct(Query.query(withCompany()), "estate.estateId", Complaint.class, String.class);
    }

    private static Criteria withCompany() {
        return Criteria.where("status").in(ComplaintStatus.ASSIGNED, ComplaintStatus.IN_PROGRESS)
                .and("assignment.step.kind").is("SERVICE_COMPANY");
    }
}
