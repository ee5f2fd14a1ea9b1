package org.estatecare.kit.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.estatecare.events.complaints.CalendarYearPublished;
import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.Violation;

/**
 * One year's arrangement of days off: the holiday periods (days off, whatever the weekday) and the
 * make-up working days (调休: weekend days that are worked), as the State Council's notice for the
 * year gives them, or as computed from the statutory holidays alone when no notice is loaded.
 */
public record CalendarYear(int year, String source, List<Holiday> holidays, List<LocalDate> makeUpWorkingDays) {

    /** The years the calendar accepts: the district's records start after 2000 and no plan runs past 2100. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
    /** A notice may start the New Year break, or its make-up day, in the last days of the year before (as for 2019). */
    static final MonthDay NEW_YEAR_BRIDGE_FROM = MonthDay.of(12, 25);
    /** Rule of the checks below: the national holiday rules and the State Council's yearly notice. */
    public static final String RULE = "HOLIDAYS";

    public record Holiday(String name, LocalDate from, LocalDate to) {
        public Holiday {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (to.isBefore(from)) {
                throw new IllegalArgumentException(name + ": ends before it starts");
            }
            if (from.plusDays(31).isBefore(to)) {
                throw new IllegalArgumentException(name + ": a holiday period is at most a month");
            }
        }

        List<LocalDate> days() {
            return from.datesUntil(to.plusDays(1)).toList();
        }
    }

    public CalendarYear {
        Objects.requireNonNull(source, "source");
        holidays = List.copyOf(holidays);
        makeUpWorkingDays = List.copyOf(makeUpWorkingDays);
        List<Violation> violations = new ArrayList<>();
        for (Holiday h : holidays) {
            if (!belongsTo(year, h.from()) || !belongsTo(year, h.to())) {
                violations.add(new Violation(RULE, "outside-year", h.name() + " does not lie in " + year, h.name()));
            }
        }
        Set<LocalDate> off = new TreeSet<>();
        for (Holiday h : holidays) {
            for (LocalDate day : h.days()) {
                if (!off.add(day)) {
                    violations.add(new Violation(RULE, "overlapping-holidays", day + " lies in two holiday periods",
                            day.toString()));
                }
            }
        }
        if (Set.copyOf(makeUpWorkingDays).size() != makeUpWorkingDays.size()) {
            violations.add(new Violation(RULE, "duplicate-make-up-day", "a make-up working day is listed twice"));
        }
        for (LocalDate day : makeUpWorkingDays) {
            if (!belongsTo(year, day)) {
                violations.add(new Violation(RULE, "outside-year", day + " does not lie in " + year, day.toString()));
            }
            if (off.contains(day)) {
                violations.add(new Violation(RULE, "off-and-make-up", day + " is both a holiday and a make-up working day",
                        day.toString()));
            }
            if (!isWeekend(day)) {
                violations.add(new Violation(RULE, "make-up-not-weekend", day + " is a weekday: make-up working days are weekend days",
                        day.toString()));
            }
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
    }

    /** An official arrangement is accepted for {@value #FIRST_YEAR} to {@value #LAST_YEAR} only; any year can be computed. */
    public static void requireAcceptable(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new RuleViolationException(new Violation(RULE, "year-out-of-range",
                    "an arrangement is accepted for the years " + FIRST_YEAR + " to " + LAST_YEAR, Integer.toString(year)));
        }
    }

    /**
     * The arrangement a {@code complaints.calendar-year.published} event announces, for a service that learns the
     * official years from it: its days off as holiday periods (each run of consecutive days one period), its
     * make-up working days as they are. Refused like any arrangement when the event says something impossible.
     */
    public static CalendarYear published(CalendarYearPublished notice) {
        List<Holiday> periods = new ArrayList<>();
        LocalDate from = null;
        LocalDate to = null;
        for (LocalDate day : new TreeSet<>(notice.daysOff())) {
            if (to != null && day.equals(to.plusDays(1))) {
                to = day;
                continue;
            }
            if (from != null) {
                periods.add(new Holiday(PUBLISHED_PERIOD, from, to));
            }
            from = day;
            to = day;
        }
        if (from != null) {
            periods.add(new Holiday(PUBLISHED_PERIOD, from, to));
        }
        return new CalendarYear(notice.year(), notice.source(), periods, notice.makeUpWorkingDays());
    }

    /** The name of a holiday period read from a published notice, which lists days, not named holidays. */
    static final String PUBLISHED_PERIOD = "放假";

    /** What the national rules alone give for {@code year}: its statutory days off, no bridging, no make-up days. */
    public static CalendarYear computed(int year) {
        List<Holiday> holidays = new ArrayList<>();
        for (StatutoryHoliday holiday : StatutoryHoliday.values()) {
            List<LocalDate> days = holiday.days(year);
            Holiday next = new Holiday(holiday.label(), days.get(0), days.get(days.size() - 1));
            // Mid-Autumn falls within National Day in some years (2028, 2031): one period, each day off once
            Holiday last = holidays.isEmpty() ? null : holidays.get(holidays.size() - 1);
            if (last != null && !next.from().isAfter(last.to().plusDays(1))) {
                holidays.set(holidays.size() - 1, new Holiday(last.name() + "、" + next.name(),
                        last.from().isBefore(next.from()) ? last.from() : next.from(),
                        last.to().isAfter(next.to()) ? last.to() : next.to()));
            } else {
                holidays.add(next);
            }
        }
        return new CalendarYear(year, "全国年节及纪念日放假办法（计算）", holidays, List.of());
    }

    /**
     * The statutory days of {@code year} this arrangement does not give off (R: an arrangement bridges and
     * moves days, it never drops a statutory one), as violations naming the holiday and the day.
     */
    public List<Violation> missingStatutoryDays() {
        Set<LocalDate> off = daysOff();
        List<Violation> missing = new ArrayList<>();
        for (StatutoryHoliday holiday : StatutoryHoliday.values()) {
            for (LocalDate day : holiday.days(year)) {
                if (!off.contains(day)) {
                    missing.add(new Violation(RULE, "statutory-day-missing", holiday.label() + " " + day
                            + " is a statutory day off and must lie in a holiday period", holiday.label() + " " + day));
                }
            }
        }
        return missing;
    }

    /** Every day off of the arrangement: the days of its holiday periods, bridged weekends included. */
    public Set<LocalDate> daysOff() {
        return daysOff(holidays);
    }

    private static boolean belongsTo(int year, LocalDate day) {
        return day.getYear() == year
                || (day.getYear() == year - 1 && !MonthDay.from(day).isBefore(NEW_YEAR_BRIDGE_FROM));
    }

    static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static Set<LocalDate> daysOff(List<Holiday> holidays) {
        Set<LocalDate> days = new TreeSet<>();
        for (Holiday h : holidays) {
            days.addAll(h.days());
        }
        return days;
    }
}
