package org.estatecare.complaints.complaint;

import java.time.Clock;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.time.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Escalates complaints whose resolve-by day has passed (R-CMP-3, R-CMP-4). Runs on every replica;
 * each escalation is a conditional write on the complaint's version, so when two replicas find the
 * same complaint only one escalates it — exactly once. A complaint that fails is logged, counted
 * ({@code estatecare_complaints_escalation_failures_total}) and retried on the next pass; it never
 * stops the pass for the others. Runs every {@code estatecare.complaints.escalation-interval}.
 */
@Component
@Implements({"R-CMP-3", "R-CMP-4"})
public class Escalator {

    private static final Logger log = LoggerFactory.getLogger(Escalator.class);

    private final Complaints complaints;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final Counter failures;

    public Escalator(Complaints complaints, WorkingDayCalendar calendar, Clock clock, MeterRegistry meters) {
        this.complaints = complaints;
        this.calendar = calendar;
        this.clock = clock;
        this.failures = Counter.builder("estatecare.complaints.escalation.failures")
                .description("overdue complaints the escalation pass could not escalate (retried next pass)")
                .register(meters);
    }

    /** One pass; returns how many complaints it escalated. */
    public int escalateOverdue() {
        var now = clock.instant();
        int escalated = 0;
        int failed = 0;
        for (Complaint complaint : complaints.overdue(Complaint.today(now))) {
            try {
                // decided again on fresh state when another write came first (the relay, another replica): escalated once
                if (complaints.changeIf(complaint, current -> current.escalateIfOverdue(calendar, now))) {
                    escalated++;
                }
            } catch (RuntimeException e) {
                // ids and the error only: no complainant's data in the log
                failed++;
                failures.increment();
                log.warn("escalation failed: complaint={} error={}", complaint.id(), e.toString());
            }
        }
        if (escalated > 0 || failed > 0) {
            log.info("escalation pass: {} escalated, {} failed", escalated, failed);
        }
        return escalated;
    }
}
