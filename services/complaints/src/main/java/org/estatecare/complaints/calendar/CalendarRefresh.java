package org.estatecare.complaints.calendar;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Brings the loaded arrangements into force on this replica: at start-up and then periodically, so a
 * year loaded through another replica counts here too, and a recompute a crash interrupted is done.
 */
@Component
class CalendarRefresh {

    private static final Logger log = LoggerFactory.getLogger(CalendarRefresh.class);

    private final CalendarService calendars;

    CalendarRefresh(CalendarService calendars) {
        this.calendars = calendars;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        refresh();
    }

    @Scheduled(fixedDelayString = "${estatecare.complaints.calendar-refresh-interval:60s}",
            initialDelayString = "${estatecare.complaints.calendar-refresh-interval:60s}")
    void refresh() {
        try {
            calendars.loadedYears().forEach(calendars::apply);
        } catch (RuntimeException e) {
            log.warn("calendar not refreshed, retrying later: {}", e.toString());
        }
    }
}
