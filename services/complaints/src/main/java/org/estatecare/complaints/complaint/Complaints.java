package org.estatecare.complaints.complaint;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.estatecare.kit.persistence.AggregateStore;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
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

    /** Open complaints whose resolve-by day is before {@code today}: candidates for escalation. */
    public List<Complaint> overdue(java.time.LocalDate today) {
        return mongo.find(Query.query(Criteria.where("status").in(ComplaintStatus.ASSIGNED, ComplaintStatus.IN_PROGRESS)
                .and("assignment.resolveBy").lt(today)), Complaint.class);
    }
}
