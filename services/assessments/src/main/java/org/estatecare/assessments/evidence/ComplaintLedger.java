package org.estatecare.assessments.evidence;

import java.time.LocalDate;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.estatecare.assessments.scoring.ComplaintRecord;
import org.estatecare.events.complaints.ComplaintAssigned;
import org.estatecare.events.complaints.ComplaintClosed;
import org.estatecare.events.complaints.ComplaintEvents;
import org.estatecare.events.complaints.ComplaintFiled;
import org.estatecare.events.complaints.ComplaintResolved;
import org.estatecare.events.ids.ComplaintId;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.inbox.InboundEvent;
import org.estatecare.kit.inbox.SequenceGuard;
import org.estatecare.kit.time.WorkingDayCalendar;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * How complaints about each estate were handled, learnt from {@code complaints.v1} alone (no call to the
 * complaints service): one document per complaint with its latest resolution (who handled it, on time
 * against that handler's own deadline) and the complainant's verdict; while it is open (filed, assigned,
 * escalated), its street, category and current step's deadline, past which it is overdue for the street's
 * joint meeting (R-JOINT-1). A reopened complaint counts again
 * only when it is resolved again. Applied once per event, in order (the kit's sequence guard). The
 * topic's one listener also hands the State Council's working-day notices to {@link WorkingDays}.
 */
@Component
@Implements({"R-ASM-2", "R-JOINT-1"})
public class ComplaintLedger {

    static final String COLLECTION = "complaint_evidence";
    /** The handler whose on-time rate is the company's own (complaints' routing code). */
    static final String COMPANY_HANDLER = "SERVICE_COMPANY";
    /** Complainants rating 4 or 5 are satisfied. */
    static final int SATISFIED_FROM = 4;

    private final MongoTemplate mongo;
    private final SequenceGuard guard;
    private final WorkingDays workingDays;

    ComplaintLedger(MongoTemplate mongo, SequenceGuard guard, WorkingDays workingDays) {
        this.mongo = mongo;
        this.guard = guard;
        this.workingDays = workingDays;
        mongo.indexOps(COLLECTION).createIndex(new Index().on("estateId", org.springframework.data.domain.Sort.Direction.ASC)
                .on("resolvedOn", org.springframework.data.domain.Sort.Direction.ASC));
    }

    @KafkaListener(topics = ComplaintEvents.TOPIC)
    void onComplaint(ConsumerRecord<String, String> record) {
        apply(InboundEvent.from(record));
    }

    /** Applies one complaints event (the calendar's notices go to the working days); others change nothing. */
    public void apply(InboundEvent event) {
        if (event.is(ComplaintEvents.CALENDAR_YEAR_PUBLISHED)) {
            workingDays.learn(event.payload(ComplaintEvents.CALENDAR_YEAR_PUBLISHED));
        } else if (event.is(ComplaintEvents.FILED)) {
            // open from its filing; with no step's deadline yet, not overdue until assigned (R-JOINT-1)
            ComplaintFiled filed = event.payload(ComplaintEvents.FILED);
            guard.applyIfNewer(COLLECTION, filed.complaintId(), event.sequence(), new Update()
                    .set("estateId", filed.estateId())
                    .set("street", filed.street())
                    .set("category", filed.category())
                    .set("open", true));
        } else if (event.is(ComplaintEvents.ASSIGNED) || event.is(ComplaintEvents.ESCALATED)) {
            // with a handler until its step's deadline: overdue after it (the joint meeting's agenda, R-JOINT-1)
            ComplaintAssigned assigned = event.payload(event.is(ComplaintEvents.ASSIGNED) ? ComplaintEvents.ASSIGNED
                    : ComplaintEvents.ESCALATED);
            guard.applyIfNewer(COLLECTION, assigned.complaintId(), event.sequence(), new Update()
                    .set("estateId", assigned.estateId())
                    .set("street", assigned.street())
                    .set("category", assigned.category())
                    .set("open", true)
                    .set("currentHandler", assigned.handlerKind())
                    .set("resolveBy", assigned.resolveBy().toString()));
        } else if (event.is(ComplaintEvents.RESOLVED)) {
            ComplaintResolved resolved = event.payload(ComplaintEvents.RESOLVED);
            guard.applyIfNewer(COLLECTION, resolved.complaintId(), event.sequence(), new Update()
                    .set("estateId", resolved.estateId())
                    .set("open", false)
                    .set("handlerKind", resolved.handlerKind())
                    .set("resolvedOn", day(resolved.resolvedAt()).toString())
                    .set("onTime", resolved.onTime())
                    .unset("closedOn").unset("satisfaction"));
        } else if (event.is(ComplaintEvents.CLOSED)) {
            ComplaintClosed closed = event.payload(ComplaintEvents.CLOSED);
            guard.applyIfNewer(COLLECTION, closed.complaintId(), event.sequence(), new Update()
                    .set("estateId", closed.estateId())
                    .set("open", false)
                    .set("closedOn", day(closed.closedAt()).toString())
                    .set("satisfaction", closed.satisfaction()));
        } else if (event.is(ComplaintEvents.REOPENED)) {
            guard.applyIfNewer(COLLECTION, event.subject(), event.sequence(), new Update()
                    .unset("resolvedOn").unset("onTime").unset("closedOn").unset("satisfaction"));
        }
    }

    /**
     * The company's complaint handling at an estate over the days {@code from}–{@code to}: the complaints
     * it resolved then (on time or not) and the verdicts given then on the complaints it resolved.
     */
    public ComplaintRecord record(EstateId estate, LocalDate from, LocalDate to) {
        Criteria byCompany = Criteria.where("estateId").is(estate.value()).and("handlerKind").is(COMPANY_HANDLER);
        Query resolved = Query.query(new Criteria().andOperator(byCompany,
                Criteria.where("resolvedOn").gte(from.toString()).lte(to.toString())));
        long resolvedCount = mongo.count(resolved, COLLECTION);
        long onTime = mongo.count(Query.query(new Criteria().andOperator(byCompany,
                Criteria.where("resolvedOn").gte(from.toString()).lte(to.toString()), Criteria.where("onTime").is(true))),
                COLLECTION);
        Criteria closedInSpell = Criteria.where("closedOn").gte(from.toString()).lte(to.toString());
        long closed = mongo.count(Query.query(new Criteria().andOperator(byCompany, closedInSpell)), COLLECTION);
        long satisfied = mongo.count(Query.query(new Criteria().andOperator(byCompany, closedInSpell,
                Criteria.where("satisfaction").gte(SATISFIED_FROM))), COLLECTION);
        return new ComplaintRecord((int) resolvedCount, (int) onTime, (int) closed, (int) satisfied);
    }

    /** A complaint with its handler past the deadline of its step (R-JOINT-1: on the joint meeting's agenda). */
    public record OverdueComplaint(ComplaintId complaintId, EstateId estateId, String category, String handlerKind, LocalDate resolveBy) {
    }

    /** The complaints about the street's estates still open on {@code today} after their current step's deadline. */
    public List<OverdueComplaint> overdue(String street, LocalDate today) {
        Query open = Query.query(Criteria.where("street").is(street).and("open").is(true).and("resolveBy").lt(today.toString()));
        return mongo.find(open, org.bson.Document.class, COLLECTION).stream()
                .map(doc -> new OverdueComplaint(new ComplaintId(doc.getString("_id")), new EstateId(doc.getString("estateId")),
                        doc.getString("category"), doc.getString("currentHandler"), LocalDate.parse(doc.getString("resolveBy"))))
                .toList();
    }

    private static LocalDate day(java.time.Instant at) {
        return LocalDate.ofInstant(at, WorkingDayCalendar.BEIJING);
    }
}
