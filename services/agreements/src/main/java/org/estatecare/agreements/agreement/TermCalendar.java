package org.estatecare.agreements.agreement;

import java.time.Clock;
import java.util.OptionalLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Moves agreements with the calendar: a signed term starts (ACTIVE), a term that ended expires (event). */
@Component
public class TermCalendar {

    private static final Logger log = LoggerFactory.getLogger(TermCalendar.class);

    private final Agreements agreements;
    private final Clock clock;

    public TermCalendar(Agreements agreements, Clock clock) {
        this.agreements = agreements;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${estatecare.agreements.calendar-interval:60s}")
    public void scheduled() {
        advance();
    }

    /** One pass; returns how many agreements it moved. A write racing with it (or the relay) is retried on fresh state. */
    public int advance() {
        var now = clock.instant();
        int moved = 0;
        for (Agreement due : agreements.dueForTheCalendar()) {
            if (!due.expiresOrStarts(now)) {
                continue;
            }
            agreements.update(due.id(), new Criteria(), OptionalLong.empty(), agreement -> {
                agreement.expireIfDue(now);
                agreement.activateIfDue(now);
            });
            moved++;
        }
        if (moved > 0) {
            log.info("{} agreements moved with the calendar", moved);
        }
        return moved;
    }
}
