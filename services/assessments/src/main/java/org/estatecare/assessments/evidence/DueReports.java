package org.estatecare.assessments.evidence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.estatecare.assessments.scheme.SchemeInForce;
import org.estatecare.assessments.scheme.Schemes;
import org.estatecare.assessments.scoring.ReportStatus;
import org.estatecare.assessments.scoring.ReportingDue;
import org.estatecare.events.estates.EstateTimeline;
import org.estatecare.events.ids.CompanyId;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.inbox.EstateTimelines;
import org.estatecare.kit.inbox.ServingCompanies;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.security.Role;
import org.estatecare.kit.time.Quarter;
import org.estatecare.kit.time.WorkingDayCalendar;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The street office's list of the quarterly reports its companies owe: for each estate of the street in
 * the scheme and served by a company at the quarter's end, the fee publication (R-AGR-4) and the
 * subsidy-use report (R-AGR-3), each with its due date by the scheme in force and whether it was made on
 * time, late, is missing (its due date passed without the event) or is not due yet.
 */
@Service
@Implements({"R-AGR-3", "R-AGR-4"})
public class DueReports {

    private final EstateTimelines estates;
    private final ServingCompanies serving;
    private final Schemes schemes;
    private final ReportLedger reports;
    private final WorkingDays workingDays;
    private final Clock clock;

    public DueReports(EstateTimelines estates, ServingCompanies serving, Schemes schemes, ReportLedger reports,
                      WorkingDays workingDays, Clock clock) {
        this.estates = estates;
        this.serving = serving;
        this.schemes = schemes;
        this.reports = reports;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    /** One report owed: when it is due, when it was made, and where it stands today. */
    public record Owed(LocalDate dueOn, LocalDate madeOn, ReportStatus status) {
    }

    /** An estate's two reports for the quarter, owed by the company serving it at the quarter's end. */
    public record EstateReports(EstateId estateId, String name, String street, String community, CompanyId companyId,
                                Owed feePublication, Owed subsidyUseReport) {
    }

    /** The street's estates and their reports for {@code quarter}; the street office sees its own street only. */
    public List<EstateReports> of(String street, Quarter quarter, Caller caller) {
        boolean districtWide = caller.hasAny(Role.DISTRICT_ADMIN, Role.AUDITOR, Role.MUNICIPAL_INSPECTOR);
        boolean ownStreet = caller.has(Role.STREET_OFFICER) && caller.street().map(street::equals).orElse(false);
        if (!districtWide && !ownStreet) {
            throw new AccessDeniedException("the reports a street's companies owe are the street office's and the district's");
        }
        LocalDate lastDay = quarter.lastDay();
        LocalDate today = LocalDate.ofInstant(clock.instant(), WorkingDayCalendar.BEIJING);
        Optional<SchemeInForce> scheme = schemes.inForce(Optional.of(street), lastDay);
        if (scheme.isEmpty()) {
            return List.of();
        }
        ReportingDue due = scheme.get().version().rules().reportingDue();
        WorkingDayCalendar calendar = workingDays.calendar();
        List<EstateReports> owed = new ArrayList<>();
        for (EstateTimeline estate : estates.inStreet(street)) {
            EstateId id = new EstateId(estate.estateId());
            if (!estate.inSchemeOn(lastDay) || !estate.companyModeOn(lastDay)) {
                continue;
            }
            Optional<CompanyId> company = serving.companyServing(id, lastDay);
            if (company.isEmpty()) {
                continue;
            }
            owed.add(new EstateReports(id, estate.name(), estate.street(), estate.community(), company.get(),
                    owed(ReportLedger.Kind.FEE_PUBLICATION, id, quarter, due.feePublicationDue(quarter, calendar), today),
                    owed(ReportLedger.Kind.SUBSIDY_USE_REPORT, id, quarter, due.subsidyReportDue(quarter, calendar), today)));
        }
        return owed;
    }

    private Owed owed(ReportLedger.Kind kind, EstateId estate, Quarter quarter, LocalDate dueOn, LocalDate today) {
        return new Owed(dueOn, reports.madeOn(kind, estate, quarter).orElse(null),
                reports.status(kind, estate, quarter, dueOn, today));
    }
}
