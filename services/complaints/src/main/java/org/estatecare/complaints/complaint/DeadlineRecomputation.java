package org.estatecare.complaints.complaint;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;

import org.estatecare.complaints.calendar.CalendarService;
import org.estatecare.complaints.calendar.CalendarYearLoaded;
import org.estatecare.complaints.calendar.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * When a year's official holiday arrangement is loaded, the open complaints whose assignment started
 * by the end of that year get their deadlines counted again ({@link Complaint#recomputeDeadlines}).
 * Each write is conditional on the version read, retried on fresh state, so a concurrent command is
 * never overwritten; one complaint that fails does not stop the others (it is retried with the next
 * notice of the same version, after a restart or the periodic refresh).
 */
@Component
public class DeadlineRecomputation {

    private static final Logger log = LoggerFactory.getLogger(DeadlineRecomputation.class);
    private static final int ATTEMPTS = 5;

    private final Complaints complaints;
    private final WorkingDayCalendar calendar;
    private final CalendarService calendars;
    private final Clock clock;

    public DeadlineRecomputation(Complaints complaints, WorkingDayCalendar calendar, CalendarService calendars, Clock clock) {
        this.complaints = complaints;
        this.calendar = calendar;
        this.calendars = calendars;
        this.clock = clock;
    }

    @EventListener
    public void on(CalendarYearLoaded loaded) {
        Date afterTheYear = Date.from(LocalDate.of(loaded.year() + 1, 1, 1).atStartOfDay(Complaint.BUSINESS_ZONE).toInstant());
        Criteria candidates = Criteria.where("status").in(ComplaintStatus.ASSIGNED, ComplaintStatus.IN_PROGRESS)
                .and("assignment.since").lt(afterTheYear);
        int changed = 0;
        int failed = 0;
        for (Complaint complaint : complaints.all(candidates)) {
            try {
                if (recompute(complaint, loaded)) {
                    changed++;
                }
            } catch (RuntimeException e) {
                failed++;
                log.warn("deadline not recomputed: complaint={} calendar={} error={}", complaint.id(), loaded.label(), e.toString());
            }
        }
        if (failed == 0) {
            calendars.recomputed(loaded.year(), loaded.version());
        }
        log.info("deadlines recomputed for calendar {}: {} complaints changed, {} failed", loaded.label(), changed, failed);
    }

    /** Recomputes one complaint on fresh state until its conditional write goes through; false if nothing changed. */
    private boolean recompute(Complaint complaint, CalendarYearLoaded loaded) {
        Complaint current = complaint;
        for (int attempt = 1; ; attempt++) {
            if (!current.recomputeDeadlines(calendar, loaded.label(), clock.instant())) {
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
