package org.estatecare.complaints.calendar;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Brings the loaded arrangements into force on this replica: at start-up and then periodically, so a
 * year loaded through another replica counts here too, and a recompute a crash interrupted is done.
 * Each look reads only the years' stamps; a year is read in full only when its stamp moved since this
 * replica applied it, or while its open deadlines still wait to be recomputed.
 */
@Component
class CalendarRefresh {

    private static final Logger log = LoggerFactory.getLogger(CalendarRefresh.class);

    private final CalendarService calendars;
    private final OfficialCalendars stored;
    /** The stamp of each year as this replica last applied it, with whether its recompute was still due then. */
    private final Map<OfficialCalendarId, Applied> applied = new ConcurrentHashMap<>();

    private record Applied(OfficialCalendars.Stamp stamp, boolean recomputeDue) {
    }

    CalendarRefresh(CalendarService calendars, OfficialCalendars stored) {
        this.calendars = calendars;
        this.stored = stored;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        refresh();
    }

    void refresh() {
        try {
            for (OfficialCalendars.Stamp stamp : stored.stamps()) {
                Applied last = applied.get(stamp.id());
                if (last != null && last.stamp().equals(stamp) && !last.recomputeDue()) {
                    continue;
                }
                calendars.find(stamp.id().year()).ifPresent(loaded -> {
                    calendars.apply(loaded);
                    applied.put(stamp.id(), new Applied(stamp, loaded.needsRecompute()));
                });
            }
        } catch (RuntimeException e) {
            log.warn("calendar not refreshed, retrying later: {}", e.toString());
        }
    }
}
