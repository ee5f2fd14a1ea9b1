package org.estatecare.complaints.complaint;

import java.time.Clock;
import java.time.LocalDate;

import org.estatecare.complaints.calendar.CalendarService;
import org.estatecare.complaints.calendar.CalendarYearLoaded;
import org.estatecare.kit.time.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a year's official holiday arrangement is loaded, the open complaints whose assignment started
 * by the end of that year get their deadlines counted again ({@link Complaint#recomputeDeadlines}),
 * each write conditional on the version read ({@link Complaints#changeEach}); one complaint that fails does
 * not stop the others, and the year stays to be recomputed (after a restart or the periodic refresh).
 */
@Component
public class DeadlineRecomputation {

    private static final Logger log = LoggerFactory.getLogger(DeadlineRecomputation.class);

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
        var afterTheYear = LocalDate.of(loaded.year() + 1, 1, 1).atStartOfDay(Complaint.BUSINESS_ZONE).toInstant();
        var recomputed = complaints.changeEach(complaints.openAssignedBefore(afterTheYear), "deadline recomputation",
                complaint -> complaint.recomputeDeadlines(calendar, loaded.label(), clock.instant()));
        if (recomputed.failed() == 0) {
            calendars.recomputed(loaded.year(), loaded.version());
        }
        log.info("deadlines recomputed for calendar {}: {} complaints changed, {} failed", loaded.label(),
                recomputed.changed(), recomputed.failed());
    }
}
