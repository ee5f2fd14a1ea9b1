package org.estatecare.complaints.complaint;

import java.time.Clock;
import java.time.LocalDate;

import org.estatecare.complaints.estates.ServingMayHaveChanged;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.time.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Open complaints with the service company of an estate no company serves any more (exit, agreement
 * ended, mode changed away) move to the street office on the first day without a company
 * ({@link Complaint#moveToStreetOffice}): when the event arrives if that day is reached, else in the daily
 * pass. Idempotent (only what is still with the company moves), each write conditional on the version
 * read, and one complaint that fails never stops the others ({@link Complaints#changeEach}).
 */
@Component
public class CompanyWithdrawal {

    private static final Logger log = LoggerFactory.getLogger(CompanyWithdrawal.class);

    private final Complaints complaints;
    private final EstateStanding standing;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    public CompanyWithdrawal(Complaints complaints, EstateStanding standing, WorkingDayCalendar calendar, Clock clock) {
        this.complaints = complaints;
        this.standing = standing;
        this.calendar = calendar;
        this.clock = clock;
    }

    @EventListener
    void on(ServingMayHaveChanged changed) {
        try {
            moveOrphans(changed.estate());
        } catch (RuntimeException e) {
            // the event stays applied; the daily pass moves what is left
            log.warn("orphaned complaints not moved now: estate={} error={}", changed.estate(), e.toString());
        }
    }

    /** One pass over every estate with complaints at its company; returns how many complaints moved. */
    public int pass() {
        int moved = 0;
        for (EstateId estate : complaints.estatesWithOpenCompanyComplaints()) {
            try {
                moved += moveOrphans(estate);
            } catch (RuntimeException e) {
                log.warn("orphaned complaints not moved: estate={} error={}", estate, e.toString());
            }
        }
        return moved;
    }

    /** Moves the estate's open complaints off the company if none serves it today; how many moved. */
    public int moveOrphans(EstateId estate) {
        LocalDate today = Complaint.today(clock.instant());
        if (standing.companyServes(estate, today)) {
            return 0;
        }
        String reason = "no service company serves the estate on " + today;
        var moved = complaints.changeEach(complaints.openWithCompany(estate), "company withdrawal",
                complaint -> complaint.moveToStreetOffice(reason, calendar, clock.instant()));
        if (moved.changed() > 0 || moved.failed() > 0) {
            log.info("complaints moved from the company to the street office: estate={} moved={} failed={}", estate,
                    moved.changed(), moved.failed());
        }
        return moved.changed();
    }
}
