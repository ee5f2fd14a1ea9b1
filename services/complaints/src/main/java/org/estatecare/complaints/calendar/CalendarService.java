package org.estatecare.complaints.calendar;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.estatecare.kit.domain.NotFoundException;
import org.estatecare.kit.domain.RevisionRequiredException;
import org.estatecare.kit.domain.StaleVersionException;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.time.CalendarYear;
import org.estatecare.kit.time.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The working-day calendar's yearly arrangements: the district admin loads the State Council's notice
 * for a year; every version is kept; the calendar in force follows the latest, and the open deadlines
 * through that year are recomputed ({@link CalendarYearLoaded}).
 */
@Service
public class CalendarService {

    private static final Logger log = LoggerFactory.getLogger(CalendarService.class);

    private final OfficialCalendars calendars;
    private final WorkingDayCalendar calendar;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public CalendarService(OfficialCalendars calendars, WorkingDayCalendar calendar, ApplicationEventPublisher events,
                           Clock clock) {
        this.calendars = calendars;
        this.calendar = calendar;
        this.events = events;
        this.clock = clock;
    }

    /** The loaded arrangements of a year, if any. */
    public Optional<OfficialCalendar> find(int year) {
        return calendars.find(new OfficialCalendarId(year), new Criteria());
    }

    public OfficialCalendar get(int year) {
        return calendars.get(new OfficialCalendarId(year), new Criteria());
    }

    /** The arrangement in force for a year: the loaded or shipped official one, else the computed one. */
    public CalendarYear inForce(int year) {
        return calendar.arrangement(year);
    }

    public boolean isOfficial(int year) {
        return calendar.isOfficial(year);
    }

    /**
     * Loads {@code arrangement} as its year's next version. {@code expectedRevision}: the {@code If-Match}
     * of the year's document; required once the year has one ({@link RevisionRequiredException}), asked only
     * of a caller who may load at all.
     */
    @PreAuthorize("hasRole('district-admin')")
    public OfficialCalendar load(CalendarYear arrangement, OptionalLong expectedRevision, Caller caller) {
        CalendarYear.requireAcceptable(arrangement.year());
        var now = clock.instant();
        OfficialCalendarId id = new OfficialCalendarId(arrangement.year());
        boolean loadedBefore = calendars.find(id, new Criteria()).isPresent();
        if (loadedBefore && expectedRevision.isEmpty()) {
            throw new RevisionRequiredException(
                    "calendar year " + arrangement.year() + " is loaded: name the version it replaces (If-Match)");
        }
        OfficialCalendar saved;
        if (!loadedBefore) {
            if (expectedRevision.isPresent()) {
                throw new StaleVersionException(expectedRevision.getAsLong(), 0);
            }
            // a concurrent first load of the same year fails on the id: 409, the caller reads and retries
            saved = calendars.add(OfficialCalendar.first(arrangement, caller.username(), now));
        } else {
            saved = calendars.update(id, new Criteria(), expectedRevision, c -> c.load(arrangement, caller.username(), now));
        }
        log.info("calendar year loaded: year={} version={}", saved.year(), saved.current().number());
        apply(saved);
        return saved;
    }

    /** The arrangement loaded elsewhere (another replica) or earlier (before a restart) comes into force here. */
    void apply(OfficialCalendar loaded) {
        CalendarYear current = loaded.current().arrangement();
        if (!calendar.official(loaded.year()).map(current::equals).orElse(false)) {
            calendar.install(current);
        }
        if (loaded.needsRecompute()) {
            try {
                events.publishEvent(new CalendarYearLoaded(loaded.year(), loaded.current().number()));
            } catch (RuntimeException e) {
                // the arrangement is in force; the recompute is retried by the next refresh
                log.warn("deadlines of calendar year {} not recomputed yet: {}", loaded.year(), e.toString());
            }
        }
    }

    /** The open deadlines of {@code version} of {@code year} are recomputed. */
    public void recomputed(int year, long version) {
        calendars.markRecomputed(year, version);
    }

    /** Every loaded version of a year, oldest first: who loaded what, when. */
    @PreAuthorize("hasAnyRole('district-admin','auditor')")
    public List<OfficialCalendar.Version> history(int year) {
        return get(year).versions();
    }

    @PreAuthorize("hasAnyRole('district-admin','auditor')")
    public OfficialCalendar.Version version(int year, long number) {
        return get(year).version(number).orElseThrow(() -> new NotFoundException("calendar version", year + "/" + number));
    }
}
