package org.estatecare.complaints.complaint;

import java.time.Clock;

import org.estatecare.complaints.calendar.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Escalates complaints whose resolve-by day has passed (R-CMP-3, R-CMP-4). Runs on every replica;
 * each escalation is a conditional write on the complaint's version, so when two replicas find the
 * same complaint only one escalates it — exactly once.
 */
@Component
public class Escalator {

    private static final Logger log = LoggerFactory.getLogger(Escalator.class);

    private final Complaints complaints;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    public Escalator(Complaints complaints, WorkingDayCalendar calendar, Clock clock) {
        this.complaints = complaints;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${estatecare.complaints.escalation-interval:60s}")
    public void scheduled() {
        escalateOverdue();
    }

    /** One pass; returns how many complaints it escalated. */
    public int escalateOverdue() {
        var now = clock.instant();
        int escalated = 0;
        for (Complaint complaint : complaints.overdue(Complaint.today(now))) {
            if (complaint.escalateIfOverdue(calendar, now) && complaints.saveIfUnchanged(complaint)) {
                escalated++;
            }
        }
        if (escalated > 0) {
            log.info("escalated {} overdue complaints", escalated);
        }
        return escalated;
    }
}
