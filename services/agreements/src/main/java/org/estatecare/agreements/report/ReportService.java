package org.estatecare.agreements.report;

import org.estatecare.kit.time.Quarter;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;

import org.estatecare.agreements.agreement.Agreement;
import org.estatecare.agreements.agreement.AgreementAccess;
import org.estatecare.agreements.agreement.AgreementService;
import org.estatecare.agreements.agreement.Agreements;
import org.estatecare.events.codes.SigningParty;
import org.estatecare.events.estates.EstateTimeline;
import org.estatecare.events.ids.AgreementId;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.domain.NotFoundException;
import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.Violation;
import org.estatecare.kit.inbox.EstateTimelines;
import org.estatecare.kit.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Fee collection, its quarterly publication (R-AGR-4) and the subsidy-use report (R-AGR-3): each finds
 * the agreement the caller reports under, loads its quarter of the estate, lets the quarter decide and
 * saves it. The company serving the estate in the period records and reports; the district may do it
 * for it. Reads follow the agreements' scope; residents read publications, which are addressed to them.
 */
@Service
public class ReportService {

    private static final Logger log = LoggerFactory.getLogger(ReportService.class);
    private static final Criteria ALL = new Criteria();

    private final Agreements agreements;
    private final AgreementAccess access;
    private final EstateTimelines estates;
    private final FeeQuarters quarters;
    private final Clock clock;

    public ReportService(Agreements agreements, AgreementAccess access, EstateTimelines estates, FeeQuarters quarters,
                         Clock clock) {
        this.agreements = agreements;
        this.access = access;
        this.estates = estates;
        this.quarters = quarters;
        this.clock = clock;
    }

    /** {@code agreementId}: which agreement's month, when two served it (else the caller's, for the district the latest). */
    @PreAuthorize("hasAnyRole('district-admin','service-company')")
    public FeeQuarter.RecordedMonth recordCollection(EstateId estateId, YearMonth month, FeeQuarter.MonthFigures figures,
                                                     AgreementId agreementId, Caller caller) {
        Agreement agreement = servingAgreement(estateId, month.atDay(1), month.atEndOfMonth(), agreementId, caller);
        return quarters.change(stamp(agreement), Quarter.of(month.atDay(1)),
                quarter -> quarter.record(month, figures, caller.username(), clock.instant())).recordedMonth(month);
    }

    /** The months recorded for the estate from {@code from} to {@code to} in the caller's scope, by month. */
    public Page<FeeQuarter.RecordedMonth> collections(EstateId estateId, YearMonth from, YearMonth to, Pageable page,
                                                      Caller caller) {
        Comparator<FeeQuarter.RecordedMonth> byMonth = Comparator.comparing(m -> m.collection().month());
        var descending = page.getSort().getOrderFor("month");
        List<FeeQuarter.RecordedMonth> months = quarters.ofEstate(estateId, access.scope(caller), Quarter.of(from.atDay(1)),
                        Quarter.of(to.atDay(1))).stream()
                .flatMap(quarter -> quarter.recordedMonths().stream())
                .filter(m -> m.collection().month().compareTo(from.toString()) >= 0 && m.collection().month().compareTo(to.toString()) <= 0)
                .sorted(descending != null && descending.isDescending() ? byMonth.reversed() : byMonth)
                .toList();
        int first = (int) Math.min(page.getOffset(), months.size());
        return new PageImpl<>(months.subList(first, Math.min(first + page.getPageSize(), months.size())), page, months.size());
    }

    /**
     * Publishes the caller's part of a quarter (R-AGR-4): the days its agreement was in force in the
     * quarter; two companies in one quarter each publish their own part ({@code agreementId} names which,
     * else the caller's; for the district the latest).
     */
    @PreAuthorize("hasAnyRole('district-admin','service-company')")
    public FeeQuarter publish(EstateId estateId, Quarter quarter, List<Spending> uses, AgreementId agreementId, Caller caller) {
        Agreement agreement = servingAgreement(estateId, quarter.firstDay(), quarter.lastDay(), agreementId, caller);
        String estateName = estates.find(estateId).map(EstateTimeline::name).orElse(agreement.estateName());
        FeeQuarter published = quarters.change(stamp(agreement), quarter, q -> q.publish(agreement.termStart(),
                agreement.lastDayInForce(), estateName, uses, caller.username(), clock.instant()));
        log.info("fee period published: estate={} quarter={}", estateId, quarter);
        return published;
    }

    public FeeQuarter publication(FeeQuarterId id, Caller caller) {
        return quarters.published(id, access.publicationScope(caller)).orElseThrow(() -> new NotFoundException("publication",
                id.value()));
    }

    public Page<FeeQuarter> publications(EstateId estateId, Pageable page, Caller caller) {
        return quarters.publishedOf(estateId, access.publicationScope(caller), page);
    }

    /** The quarter's subsidy use, to the community and to whoever signs for the residents now (R-COMM-1). */
    @PreAuthorize("hasAnyRole('district-admin','service-company')")
    public FeeQuarter reportSubsidyUse(EstateId estateId, Quarter quarter, BigDecimal received, List<Spending> uses,
                                       AgreementId agreementId, Caller caller) {
        Agreement agreement = servingAgreement(estateId, quarter.firstDay(), quarter.lastDay(), agreementId, caller);
        // a committee formed since signing takes over
        SigningParty signingParty = estates.find(estateId).map(EstateTimeline::signingParty).map(SigningParty::valueOf)
                .orElse(agreement.signingParty());
        FeeQuarter reported = quarters.change(stamp(agreement), quarter,
                q -> q.reportSubsidyUse(received, uses, signingParty, caller.username(), clock.instant()));
        log.info("subsidy use reported: estate={} quarter={}", estateId, quarter);
        return reported;
    }

    public FeeQuarter subsidyReport(FeeQuarterId id, Caller caller) {
        return quarters.reported(id, access.scope(caller)).orElseThrow(() -> new NotFoundException("subsidy-use report",
                id.value()));
    }

    public Page<FeeQuarter> subsidyReports(EstateId estateId, Pageable page, Caller caller) {
        return quarters.reportedOf(estateId, access.scope(caller), page);
    }

    /**
     * The agreement under which the caller reports for the estate in a period: one in force on some day
     * of the period that the caller may report for — the company's own, or for the district the latest.
     * {@code agreementId}, when given, picks one of those, the district's way to an earlier company's part
     * of a split quarter. None in force then is 422; an estate none of the caller's business is 404.
     */
    private Agreement servingAgreement(EstateId estateId, LocalDate from, LocalDate to, AgreementId agreementId,
                                       Caller caller) {
        List<Agreement> signed = agreements.signedFor(estateId);
        var serving = signed.stream()
                .filter(a -> a.everInForce() && !a.termStart().isAfter(to) && !a.lastDayInForce().isBefore(from))
                .filter(a -> agreementId == null || a.id().equals(agreementId))
                .filter(a -> access.mayReportFor(caller, a)).findFirst();
        if (serving.isPresent()) {
            return serving.get();
        }
        if (!access.reportsForEveryCompany(caller) && signed.stream().noneMatch(a -> access.mayReportFor(caller, a))) {
            throw new NotFoundException("estate", estateId.value());
        }
        throw new RuleViolationException(new Violation("R-AGR-4", "no-agreement-in-period",
                (agreementId == null ? "no agreement of the caller was" : "agreement " + agreementId + " was not")
                        + " in force for estate " + estateId + " from " + from + " to " + to));
    }

    private static FeeQuarter.Stamp stamp(Agreement agreement) {
        return new FeeQuarter.Stamp(agreement.estateId(), agreement.street(), agreement.community(), agreement.companyId(),
                agreement.companyName(), agreement.id());
    }

    /** The registry moved the estate: its quarters follow (scope). */
    @EventListener
    void on(AgreementService.EstateTerritory territory) {
        for (FeeQuarter moved : quarters.elsewhere(territory.estateId(), territory.street(), territory.community())) {
            quarters.update(moved.id(), ALL, OptionalLong.empty(), q -> q.moveTo(territory.street(), territory.community()));
        }
    }
}
