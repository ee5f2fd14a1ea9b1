package org.estatecare.assessments.evidence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.bson.Document;
import org.estatecare.assessments.estates.AgreementEventHandler;
import org.estatecare.assessments.scoring.ReportStatus;
import org.estatecare.events.agreements.AgreementEvents;
import org.estatecare.events.agreements.FeePeriodPublished;
import org.estatecare.events.agreements.SubsidyUseReported;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.inbox.InboundEvent;
import org.estatecare.kit.time.Quarter;
import org.estatecare.kit.time.WorkingDayCalendar;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Which quarterly reports each estate's company made, and when, learnt from {@code agreements.v1}: the
 * fee publication to all residents (R-AGR-4) and the subsidy-use report (R-AGR-3). A report is recorded
 * on the day it was first made; a repeat of the event changes nothing. Whether it was on time is
 * decided against the due date of the scheme in force, and a report never made is found by its absence
 * once that date has passed.
 */
@Component
@Implements({"R-AGR-3", "R-AGR-4"})
public class ReportLedger implements AgreementEventHandler {

    static final String COLLECTION = "report_evidence";

    /** The two reports a company owes each quarter. */
    public enum Kind { FEE_PUBLICATION, SUBSIDY_USE_REPORT }

    private final MongoTemplate mongo;

    ReportLedger(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void on(InboundEvent event) {
        if (event.is(AgreementEvents.FEE_PERIOD_PUBLISHED)) {
            FeePeriodPublished published = event.payload(AgreementEvents.FEE_PERIOD_PUBLISHED);
            record(Kind.FEE_PUBLICATION, published.estateId(), published.quarter(), published.companyId(),
                    published.publishedAt());
        } else if (event.is(AgreementEvents.SUBSIDY_USE_REPORTED)) {
            SubsidyUseReported reported = event.payload(AgreementEvents.SUBSIDY_USE_REPORTED);
            record(Kind.SUBSIDY_USE_REPORT, reported.estateId(), reported.quarter(), reported.companyId(),
                    reported.reportedAt());
        }
    }

    private void record(Kind kind, String estateId, String quarter, String companyId, Instant at) {
        Update firstOnly = new Update().setOnInsert("kind", kind.name()).setOnInsert("estateId", estateId)
                .setOnInsert("quarter", quarter).setOnInsert("companyId", companyId)
                .setOnInsert("madeOn", LocalDate.ofInstant(at, WorkingDayCalendar.BEIJING).toString());
        mongo.upsert(Query.query(Criteria.where("_id").is(id(kind, estateId, quarter))), firstOnly, COLLECTION);
    }

    /** The day the report for {@code quarter} was first made, if it was. */
    public Optional<LocalDate> madeOn(Kind kind, EstateId estate, Quarter quarter) {
        Document found = mongo.findById(id(kind, estate.value(), quarter.toString()), Document.class, COLLECTION);
        return Optional.ofNullable(found).map(d -> LocalDate.parse(d.getString("madeOn")));
    }

    /**
     * On time when made by {@code due}; late when made after it; missing when not made and {@code due} has
     * passed by {@code today}; not yet due otherwise.
     */
    public ReportStatus status(Kind kind, EstateId estate, Quarter quarter, LocalDate due, LocalDate today) {
        Optional<LocalDate> made = madeOn(kind, estate, quarter);
        if (made.isPresent()) {
            return made.get().isAfter(due) ? ReportStatus.LATE : ReportStatus.ON_TIME;
        }
        return today.isAfter(due) ? ReportStatus.MISSING : ReportStatus.NOT_DUE;
    }

    private static String id(Kind kind, String estateId, String quarter) {
        return kind.name() + ":" + estateId + ":" + quarter;
    }
}
