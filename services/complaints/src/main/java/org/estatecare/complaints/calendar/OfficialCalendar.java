package org.estatecare.complaints.calendar;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.estatecare.events.complaints.CalendarYearPublished;
import org.estatecare.events.complaints.ComplaintEvents;
import org.estatecare.kit.domain.Aggregate;
import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.Violation;
import org.estatecare.kit.time.CalendarYear;

/**
 * The official working-day arrangements of one year as the district loaded them, every version kept:
 * version 1 is the State Council's notice as first loaded, later versions correct it. The current
 * version is the last. Loading one records {@code complaints.calendar-year.published}, which leaves
 * with the same write (outbox).
 */
public class OfficialCalendar extends Aggregate<OfficialCalendarId> {

    private int year;
    private List<Version> versions = new ArrayList<>();
    /** The last version whose open deadlines have been recomputed (0: none yet). */
    private long recomputedVersion;

    /** One loaded arrangement: who loaded it and when (audit), and what it says. */
    public record Version(long number, CalendarYear arrangement, String loadedBy, Instant loadedAt) {
    }

    private OfficialCalendar() {
        // for the mapper
    }

    private OfficialCalendar(int year) {
        super(new OfficialCalendarId(year));
        this.year = year;
    }

    @Override
    public OfficialCalendarId id() {
        return new OfficialCalendarId(year);
    }

    /** A year's first official arrangement. */
    public static OfficialCalendar first(CalendarYear arrangement, String actor, Instant now) {
        OfficialCalendar calendar = new OfficialCalendar(arrangement.year());
        calendar.load(arrangement, actor, now);
        return calendar;
    }

    /**
     * Loads an arrangement as the year's next version. Refused (422) when it is for another year, for a
     * year outside the accepted range, or when it drops a statutory day off of the national rules.
     */
    public void load(CalendarYear arrangement, String actor, Instant now) {
        CalendarYear.requireAcceptable(arrangement.year());
        if (arrangement.year() != year) {
            throw new RuleViolationException(new Violation(CalendarYear.RULE, "another-year",
                    "the arrangement is for " + arrangement.year() + ", not " + year, Integer.toString(arrangement.year())));
        }
        List<Violation> missing = arrangement.missingStatutoryDays();
        if (!missing.isEmpty()) {
            throw new RuleViolationException(missing);
        }
        Version version = new Version(versions.size() + 1L, arrangement, actor, now);
        versions.add(version);
        record(ComplaintEvents.CALENDAR_YEAR_PUBLISHED, new CalendarYearPublished(year, version.number(), arrangement.source(),
                List.copyOf(arrangement.daysOff()), arrangement.makeUpWorkingDays().stream().sorted().toList(), now), now);
    }

    /** Whether the open deadlines of the current version still need recomputing (a crash may have stopped it). */
    public boolean needsRecompute() {
        return recomputedVersion < current().number();
    }

    public int year() {
        return year;
    }

    public Version current() {
        return versions.get(versions.size() - 1);
    }

    public List<Version> versions() {
        return List.copyOf(versions);
    }

    public Optional<Version> version(long number) {
        return versions.stream().filter(v -> v.number() == number).findFirst();
    }
}
