package org.estatecare.agreements.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.estatecare.agreements.agreement.Agreement;
import org.estatecare.agreements.agreement.AgreementAccess;
import org.estatecare.agreements.agreement.AgreementService;
import org.estatecare.agreements.agreement.Agreements;
import org.estatecare.events.estates.EstateTimeline;
import org.estatecare.kit.domain.NotFoundException;
import org.estatecare.kit.inbox.EstateTimelines;
import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.StateConflictException;
import org.estatecare.kit.domain.Violation;
import org.estatecare.kit.persistence.AggregateStore;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Fee collection, its quarterly publication (R-AGR-4) and the subsidy-use report (R-AGR-3). The company
 * serving the estate in the period records and reports; the district may do it for it. Reads follow
 * the agreements' scope; residents read publications, which are addressed to them.
 */
@Service
public class ReportService {

    private static final Logger log = LoggerFactory.getLogger(ReportService.class);
    /** Set on a month's collection once a publication has taken it: its figures no longer change. */
    private static final String PUBLISHED = "published";

    private final MongoTemplate mongo;
    private final Agreements agreements;
    private final EstateTimelines estates;
    private final Publications publications;
    private final SubsidyReports subsidyReports;
    private final Clock clock;

    public ReportService(MongoTemplate mongo, Agreements agreements, EstateTimelines estates, Clock clock) {
        this.mongo = mongo;
        this.agreements = agreements;
        this.estates = estates;
        this.publications = new Publications(mongo);
        this.subsidyReports = new SubsidyReports(mongo);
        this.clock = clock;
    }

    /** What a company says about one month. */
    public record MonthFigures(int householdsBilled, int householdsPaid, BigDecimal amountBilled, BigDecimal amountCollected) {
    }

    /** {@code agreementId}: which agreement's month, when two served it (else the caller's, for the district the latest). */
    @PreAuthorize("hasAnyRole('district-admin','service-company')")
    public FeeCollection recordCollection(String estateId, YearMonth month, MonthFigures figures, String agreementId,
                                          Caller caller) {
        Agreement agreement = servingAgreement(estateId, month.atDay(1), month.atEndOfMonth(), agreementId, caller);
        if (figures.householdsPaid() > figures.householdsBilled()) {
            throw new RuleViolationException(new Violation("R-AGR-4", "paid-more-than-billed",
                    "more households paid (" + figures.householdsPaid() + ") than were billed (" + figures.householdsBilled() + ")"));
        }
        if (figures.amountCollected().compareTo(figures.amountBilled()) > 0) {
            throw new RuleViolationException(new Violation("R-AGR-4", "collected-more-than-billed",
                    "more was collected (" + figures.amountCollected() + ") than was billed (" + figures.amountBilled() + ")"));
        }
        Quarter quarter = Quarter.of(month.atDay(1));
        if (published(FeePublication.class, estateId, quarter, agreement)) {
            throw new StateConflictException("record-collection", "PUBLISHED " + quarter);
        }
        FeeCollection collection = new FeeCollection(FeeCollection.idOf(estateId, month.toString(), agreement.id()), estateId,
                agreement.street(), agreement.community(), agreement.companyId(), agreement.id(), month.toString(),
                figures.householdsBilled(), figures.householdsPaid(), figures.amountBilled(), figures.amountCollected(),
                caller.username(), clock.instant());
        // written only while the month is not published, in one conditional write: a publication that
        // took the month a moment ago makes this an insert on a taken id, refused
        Update write = new Update().set("estateId", estateId).set("street", collection.street())
                .set("community", collection.community()).set("companyId", collection.companyId())
                .set("agreementId", collection.agreementId()).set("month", collection.month())
                .set("householdsBilled", collection.householdsBilled()).set("householdsPaid", collection.householdsPaid())
                .set("amountBilled", collection.amountBilled()).set("amountCollected", collection.amountCollected())
                .set("recordedBy", collection.recordedBy()).set("recordedAt", collection.recordedAt());
        try {
            mongo.upsert(Query.query(Criteria.where("_id").is(collection.id()).and(PUBLISHED).ne(true)), write, FeeCollection.class);
        } catch (DuplicateKeyException published) {
            throw new StateConflictException("record-collection", "PUBLISHED " + quarter);
        }
        return collection;
    }

    public List<FeeCollection> collections(String estateId, YearMonth from, YearMonth to, Caller caller) {
        Criteria criteria = new Criteria().andOperator(AgreementAccess.scope(caller), Criteria.where("estateId").is(estateId),
                Criteria.where("month").gte(from.toString()).lte(to.toString()));
        return mongo.find(Query.query(criteria).with(Sort.by("month")), FeeCollection.class);
    }

    /**
     * Publishes the caller's part of a quarter that has ended (R-AGR-4): the days its agreement was in
     * force in the quarter, from the months it served there (422 naming those not recorded) and the uses
     * the company declares; once per estate, quarter and agreement — two companies in one quarter each
     * publish their own part ({@code agreementId} names which, else the caller's; for the district the latest).
     */
    @PreAuthorize("hasAnyRole('district-admin','service-company')")
    public FeePublication publish(String estateId, Quarter quarter, List<Spending> uses, String agreementId, Caller caller) {
        Agreement agreement = servingAgreement(estateId, quarter.firstDay(), quarter.lastDay(), agreementId, caller);
        requireEnded(quarter);
        if (published(FeePublication.class, estateId, quarter, agreement)) {
            throw new StateConflictException("publish", "PUBLISHED " + quarter);
        }
        // R-AGR-4 for the company's part of the quarter: the months (and days) its agreement was in force;
        // each month is taken for the publication in one write (no figure changes after), and read as taken
        LocalDate servedFrom = later(agreement.termStart(), quarter.firstDay());
        LocalDate servedTo = earlier(agreement.lastDayInForce(), quarter.lastDay());
        List<FeeCollection> months = new ArrayList<>();
        List<Violation> missing = new ArrayList<>();
        for (YearMonth month : quarter.months()) {
            if (month.atEndOfMonth().isBefore(servedFrom) || month.atDay(1).isAfter(servedTo)) {
                continue;
            }
            FeeCollection taken = mongo.findAndModify(Query.query(Criteria.where("_id")
                            .is(FeeCollection.idOf(estateId, month.toString(), agreement.id()))),
                    new Update().set(PUBLISHED, true), FindAndModifyOptions.options().returnNew(true), FeeCollection.class);
            if (taken == null) {
                missing.add(new Violation("R-AGR-4", "month-not-recorded", "the fee collection of " + month + " is not recorded",
                        month.toString()));
            } else {
                months.add(taken);
            }
        }
        if (!missing.isEmpty()) {
            months.forEach(taken -> mongo.updateFirst(Query.query(Criteria.where("_id").is(taken.id())),
                    new Update().unset(PUBLISHED), FeeCollection.class));
            throw new RuleViolationException(missing);
        }
        String estateName = estates.find(estateId).map(EstateTimeline::name).orElse(agreement.estateName());
        var stamp = new FeePublication.Stamp(estateId, estateName, agreement.street(), agreement.community(),
                agreement.companyId(), agreement.companyName(), agreement.id());
        FeePublication publication = publications.add(FeePublication.publish(stamp, quarter, servedFrom, servedTo, months, uses,
                caller.username(), clock.instant()));
        log.info("fee period published: estate={} quarter={}", estateId, quarter);
        return publication;
    }

    public FeePublication publication(String id, Caller caller) {
        return publications.get(id, publicationScope(caller));
    }

    public List<FeePublication> publications(String estateId, Caller caller) {
        return publications.all(new Criteria().andOperator(publicationScope(caller), Criteria.where("estateId").is(estateId)))
                .stream().sorted(Comparator.comparing(FeePublication::id).reversed()).toList();
    }

    @PreAuthorize("hasAnyRole('district-admin','service-company')")
    public SubsidyUseReport reportSubsidyUse(String estateId, Quarter quarter, BigDecimal received, List<Spending> uses,
                                             String agreementId, Caller caller) {
        Agreement agreement = servingAgreement(estateId, quarter.firstDay(), quarter.lastDay(), agreementId, caller);
        requireEnded(quarter);
        if (published(SubsidyUseReport.class, estateId, quarter, agreement)) {
            throw new StateConflictException("report-subsidy-use", "REPORTED " + quarter);
        }
        // R-COMM-1: to whoever signs for the residents now (a committee formed since signing takes over)
        String signingParty = estates.find(estateId).map(EstateTimeline::signingParty).orElse(agreement.signingParty());
        var stamp = new SubsidyUseReport.Stamp(estateId, agreement.street(), agreement.community(), agreement.companyId(),
                agreement.companyName(), agreement.id(), signingParty);
        SubsidyUseReport report = subsidyReports.add(SubsidyUseReport.report(stamp, quarter, received, uses, caller.username(),
                clock.instant()));
        log.info("subsidy use reported: estate={} quarter={}", estateId, quarter);
        return report;
    }

    public SubsidyUseReport subsidyReport(String id, Caller caller) {
        return subsidyReports.get(id, AgreementAccess.scope(caller));
    }

    public List<SubsidyUseReport> subsidyReports(String estateId, Caller caller) {
        return subsidyReports.all(new Criteria().andOperator(AgreementAccess.scope(caller), Criteria.where("estateId").is(estateId)))
                .stream().sorted(Comparator.comparing(SubsidyUseReport::id).reversed()).toList();
    }

    /**
     * The agreement under which the caller reports for the estate in a period: for a company, its own
     * agreement in force at some day of the period (else the estate is none of its business: 404); for
     * the district, the latest agreement in force in the period (else 422). {@code agreementId}, when
     * given, picks one of those in force in the period — the district's way to an earlier company's part
     * of a split quarter; one not in force then is 422.
     */
    private Agreement servingAgreement(String estateId, LocalDate from, LocalDate to, String agreementId, Caller caller) {
        List<Agreement> signed = agreements.signedFor(estateId);
        List<Agreement> inPeriod = signed.stream()
                .filter(a -> a.everInForce() && !a.termStart().isAfter(to) && !a.lastDayInForce().isBefore(from))
                .filter(a -> agreementId == null || a.id().equals(agreementId)).toList();
        if (caller.has(Role.DISTRICT_ADMIN)) {
            return inPeriod.stream().findFirst().orElseThrow(() -> new RuleViolationException(new Violation("R-AGR-4",
                    "no-agreement-in-period", (agreementId == null ? "no agreement was" : "agreement " + agreementId + " was not")
                    + " in force for estate " + estateId + " from " + from + " to " + to)));
        }
        Optional<Agreement> own = inPeriod.stream().filter(a -> AgreementAccess.isCompany(caller, a.companyId())).findFirst();
        if (own.isEmpty()) {
            if (signed.stream().anyMatch(a -> AgreementAccess.isCompany(caller, a.companyId()))) {
                throw new RuleViolationException(new Violation("R-AGR-4", "no-agreement-in-period",
                        "the company's agreement for estate " + estateId + " was not in force from " + from + " to " + to));
            }
            throw new NotFoundException("estate", estateId);
        }
        return own.get();
    }

    /** The registry moved the estate: its months, publications and reports follow (scope). */
    @EventListener
    void on(AgreementService.EstateTerritory territory) {
        Query ofEstate = Query.query(Criteria.where("estateId").is(territory.estateId())
                .orOperator(Criteria.where("street").ne(territory.street()), Criteria.where("community").ne(territory.community())));
        Update move = new Update().set("street", territory.street()).set("community", territory.community());
        mongo.updateMulti(ofEstate, move, FeeCollection.class);
        // aggregates: the storage version moves too, so a writer holding the old state retries on the new
        mongo.updateMulti(ofEstate, new Update().set("street", territory.street()).set("community", territory.community())
                .inc("version", 1), FeePublication.class);
        mongo.updateMulti(ofEstate, new Update().set("street", territory.street()).set("community", territory.community())
                .inc("version", 1), SubsidyUseReport.class);
    }

    /**
     * Whether the agreement's publication (or report) of the quarter exists, found by what it is about, not
     * by its id: one stored before ids named the agreement (quarter and estate only) counts too.
     */
    private boolean published(Class<?> type, String estateId, Quarter quarter, Agreement agreement) {
        return mongo.exists(Query.query(Criteria.where("estateId").is(estateId).and("quarter").is(quarter.toString())
                .and("agreementId").is(agreement.id())), type);
    }

    private void requireEnded(Quarter quarter) {
        if (!Agreement.today(clock.instant()).isAfter(quarter.lastDay())) {
            throw new RuleViolationException(new Violation("R-AGR-4", "quarter-not-over",
                    "the quarter " + quarter + " ends on " + quarter.lastDay() + "; it is reported after that"));
        }
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static Criteria publicationScope(Caller caller) {
        return caller.has(Role.RESIDENT) ? new Criteria() : AgreementAccess.scope(caller);
    }

    /** Published fee periods. */
    static class Publications extends AggregateStore<FeePublication> {
        Publications(MongoTemplate mongo) {
            super(mongo, FeePublication.class, "publication");
        }
    }

    /** Subsidy-use reports. */
    static class SubsidyReports extends AggregateStore<SubsidyUseReport> {
        SubsidyReports(MongoTemplate mongo) {
            super(mongo, SubsidyUseReport.class, "subsidy-use report");
        }
    }
}
