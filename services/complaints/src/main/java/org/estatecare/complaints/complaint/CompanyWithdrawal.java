package org.estatecare.complaints.complaint;

import java.time.Clock;
import java.time.LocalDate;

import org.estatecare.complaints.calendar.WorkingDayCalendar;
import org.estatecare.complaints.estates.ServingMayHaveChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Open complaints with the service company of an estate no company serves any more (exit, agreement
 * ended, mode changed away) move to the street office on the first day without a company
 * ({@link Complaint#moveToStreetOffice}): when the event arrives if that day is reached, else in the daily
 * pass. Idempotent (only what is still with the company moves), each write conditional on the version
 * read, and one complaint that fails never stops the others.
 */
@Component
public class CompanyWithdrawal {

    private static final Logger log = LoggerFactory.getLogger(CompanyWithdrawal.class);
    private static final int ATTEMPTS = 3;

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
            moveOrphans(changed.estateId());
        } catch (RuntimeException e) {
            // the event stays applied; the daily pass moves what is left
            log.warn("orphaned complaints not moved now: estate={} error={}", changed.estateId(), e.toString());
        }
    }

    @Scheduled(cron = "${estatecare.complaints.withdrawal-cron:0 5 0 * * *}", zone = "Asia/Shanghai")
    void daily() {
        pass();
    }

    /** One pass over every estate with complaints at its company; returns how many complaints moved. */
    public int pass() {
        int moved = 0;
        for (String estateId : complaints.estatesWithOpenCompanyComplaints()) {
            try {
                moved += moveOrphans(estateId);
            } catch (RuntimeException e) {
                log.warn("orphaned complaints not moved: estate={} error={}", estateId, e.toString());
            }
        }
        return moved;
    }

    /** Moves the estate's open complaints off the company if none serves it today; how many moved. */
    public int moveOrphans(String estateId) {
        var now = clock.instant();
        LocalDate today = Complaint.today(now);
        if (standing.companyServes(estateId, today)) {
            return 0;
        }
        int moved = 0;
        int failed = 0;
        for (Complaint complaint : complaints.openWithCompany(estateId)) {
            try {
                if (move(complaint, "no service company serves the estate on " + today)) {
                    moved++;
                }
            } catch (RuntimeException e) {
                failed++;
                log.warn("orphaned complaint not moved: complaint={} error={}", complaint.id(), e.toString());
            }
        }
        if (moved > 0 || failed > 0) {
            log.info("complaints moved from the company to the street office: estate={} moved={} failed={}", estateId, moved, failed);
        }
        return moved;
    }

    private boolean move(Complaint complaint, String reason) {
        Complaint current = complaint;
        for (int attempt = 1; ; attempt++) {
            if (!current.moveToStreetOffice(reason, calendar, clock.instant())) {
                return false;
            }
            if (complaints.saveIfUnchanged(current)) {
                return true;
            }
            if (attempt == ATTEMPTS) {
                throw new IllegalStateException("changed concurrently " + ATTEMPTS + " times");
            }
            current = complaints.get(current.id(), new Criteria());
        }
    }
}
