package org.estatecare.agreements.agreement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.estatecare.events.estates.EstateTimeline;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.domain.Implements;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Moves agreements with the calendar: a signed term starts (ACTIVE), a term that ended expires (event),
 * and what the registry decided for a later day takes effect on that day — an exit ends the agreement
 * with the day before as its last day (R-EXIT-2), a mode away from the service company flags it
 * (R-MODE-1). All of it changes only when the business day does (what the registry announces is followed
 * on arrival), so the scheduled pass does its work once per day, and again while an agreement failed: one
 * that fails is logged and tried on the next pass, the others move. Every write is conditional on the
 * state it was decided on.
 */
@Component
@Implements({"R-EXIT-2", "R-MODE-1"})
public class TermCalendar implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(TermCalendar.class);

    private final Agreements agreements;
    private final AgreementService service;
    private final Clock clock;
    private final TermCalendarProperties properties;
    /** The business day whose pass moved every agreement it had to; the scheduled pass waits for the next. */
    private volatile LocalDate doneFor;

    public TermCalendar(Agreements agreements, AgreementService service, Clock clock, TermCalendarProperties properties) {
        this.agreements = agreements;
        this.service = service;
        this.clock = clock;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(this::scheduled, properties.interval());
    }

    /** The pass as scheduled: it works once per business day (and again while an agreement failed). */
    public void scheduled() {
        LocalDate today = Agreement.today(clock.instant());
        if (!today.equals(doneFor)) {
            advance();
        }
    }

    /**
     * One pass over the agreements signed and not ended, each estate's timeline read once; returns how many
     * it moved. A write racing with it (or the relay) is retried on fresh state.
     */
    public int advance() {
        Instant now = clock.instant();
        Map<EstateId, Optional<EstateTimeline>> estates = new HashMap<>();
        int moved = 0;
        int failed = 0;
        for (Agreement due : agreements.dueForTheCalendar()) {
            try {
                EstateTimeline estate = estates.computeIfAbsent(due.estateId(), service::estate).orElse(null);
                if (service.keepUp(due, estate, now)) {
                    moved++;
                }
            } catch (RuntimeException e) {
                failed++;
                log.warn("agreement not moved with the calendar: id={} error={}", due.id(), e.toString());
            }
        }
        if (failed > 0) {
            log.info("{} agreements moved with the calendar, {} failed (tried again next pass)", moved, failed);
        } else if (moved > 0) {
            log.info("{} agreements moved with the calendar", moved);
        }
        if (failed == 0) {
            doneFor = Agreement.today(now);
        }
        return moved;
    }
}
