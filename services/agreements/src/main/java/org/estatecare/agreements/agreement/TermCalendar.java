package org.estatecare.agreements.agreement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.estatecare.events.estates.EstateTimeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Moves agreements with the calendar: a signed term starts (ACTIVE), a term that ended expires (event),
 * and what the registry decided for a later day takes effect on that day — an exit ends the agreement
 * with the day before as its last day (R-EXIT-2), a mode away from the service company flags it
 * (R-MODE-1). Every write is conditional on the state it was decided on; one agreement that fails is
 * logged and tried again on the next pass, the others move.
 */
@Component
public class TermCalendar {

    private static final Logger log = LoggerFactory.getLogger(TermCalendar.class);

    private final Agreements agreements;
    private final AgreementService service;
    private final Clock clock;

    public TermCalendar(Agreements agreements, AgreementService service, Clock clock) {
        this.agreements = agreements;
        this.service = service;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${estatecare.agreements.calendar-interval:60s}")
    public void scheduled() {
        advance();
    }

    /** One pass; returns how many agreements it moved. A write racing with it (or the relay) is retried on fresh state. */
    public int advance() {
        Instant now = clock.instant();
        LocalDate today = Agreement.today(now);
        int moved = 0;
        int failed = 0;
        for (Agreement due : agreements.dueForTheCalendar()) {
            try {
                Optional<EstateTimeline> estate = service.estate(due.estateId());
                boolean behind = estate.map(e -> due.behindEstate(e, today)).orElse(false);
                if (!behind && !due.expiresOrStarts(now)) {
                    continue;
                }
                service.keepUp(due.id(), estate.orElse(null), now);
                moved++;
            } catch (RuntimeException e) {
                failed++;
                log.warn("agreement not moved with the calendar: id={} error={}", due.id(), e.toString());
            }
        }
        if (moved > 0 || failed > 0) {
            log.info("{} agreements moved with the calendar, {} failed (tried again next pass)", moved, failed);
        }
        return moved;
    }
}
