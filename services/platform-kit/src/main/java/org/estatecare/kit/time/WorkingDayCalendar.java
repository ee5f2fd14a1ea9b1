package org.estatecare.kit.time;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.json.JsonMapper;

/**
 * Which days are working days in China, and counting in them, for any year. A year whose official
 * arrangement (the State Council's notice) is loaded follows it; any other year follows the statutory
 * holidays of the national rules, computed, plus weekends, and is <em>provisional</em>: its bridged
 * days and make-up working days are not known yet and are never guessed. A day is a working day when
 * it is a make-up working day, or a weekday that is not a day off.
 */
public final class WorkingDayCalendar {

    /** Business dates, and the days this calendar counts, are dates in Beijing time. */
    public static final ZoneId BEIJING = ChineseDates.BEIJING;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A date counted in working days, and whether a provisional year was counted through to reach it. */
    public record WorkingDate(LocalDate date, boolean provisional) {
    }

    /** The days of one arrangement, ready to look up. */
    private record Days(CalendarYear arrangement, Set<LocalDate> off, Set<LocalDate> makeUp, boolean official) {

        static Days of(CalendarYear arrangement, boolean official) {
            return new Days(arrangement, arrangement.daysOff(), Set.copyOf(arrangement.makeUpWorkingDays()), official);
        }
    }

    private final Map<Integer, Days> official = new ConcurrentHashMap<>();
    private final Map<Integer, Days> computed = new ConcurrentHashMap<>();

    public WorkingDayCalendar(List<CalendarYear> officialYears) {
        for (CalendarYear year : officialYears) {
            if (official.putIfAbsent(year.year(), Days.of(year, true)) != null) {
                throw new IllegalArgumentException("two calendars for " + year.year());
            }
        }
    }

    /** With the official arrangements shipped on the class path as {@code calendar/china-<year>.json}. */
    public static WorkingDayCalendar fromClasspath(int... years) {
        return new WorkingDayCalendar(shipped(years));
    }

    /** The arrangements shipped on the class path for these years. */
    public static List<CalendarYear> shipped(int... years) {
        List<CalendarYear> loaded = new ArrayList<>();
        for (int year : years) {
            String resource = "calendar/china-" + year + ".json";
            try (InputStream in = WorkingDayCalendar.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalArgumentException("no shipped arrangement " + resource);
                }
                loaded.add(JSON.readValue(in, CalendarYear.class));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return loaded;
    }

    /** Makes {@code arrangement} the official one of its year (a newer version replaces the older). */
    public void install(CalendarYear arrangement) {
        official.put(arrangement.year(), Days.of(arrangement, true));
    }

    public boolean isOfficial(int year) {
        return official.containsKey(year);
    }

    /** Whether the day lies in a year with no official arrangement loaded: counting through it is provisional. */
    public boolean isProvisional(LocalDate day) {
        return !isOfficial(day.getYear());
    }

    /** Whether any day from {@code from} to {@code to} (both included) lies in a provisional year. */
    public boolean isProvisional(LocalDate from, LocalDate to) {
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            if (!isOfficial(year)) {
                return true;
            }
        }
        return false;
    }

    /** The year's arrangement in force: the official one, else the computed one. */
    public CalendarYear arrangement(int year) {
        return days(year).arrangement();
    }

    public Optional<CalendarYear> official(int year) {
        return Optional.ofNullable(official.get(year)).map(Days::arrangement);
    }

    public boolean isWorkingDay(LocalDate day) {
        Days days = days(day.getYear());
        // the next year's notice may start the New Year break (or its make-up day) in late December
        if (!MonthDay.from(day).isBefore(CalendarYear.NEW_YEAR_BRIDGE_FROM)) {
            Days next = official.get(day.getYear() + 1);
            if (next != null && next.makeUp().contains(day)) {
                return true;
            }
            if (next != null && next.off().contains(day)) {
                return false;
            }
        }
        if (days.makeUp().contains(day)) {
            return true;
        }
        return !CalendarYear.isWeekend(day) && !days.off().contains(day);
    }

    /**
     * The {@code n}th working day after {@code day} ({@code day} itself never counts: something received
     * on a working day has its first working day tomorrow). {@code n} = 0 gives {@code day}.
     */
    public LocalDate addWorkingDays(LocalDate day, int n) {
        return countWorkingDays(day, n).date();
    }

    /** As {@link #addWorkingDays}, saying whether a provisional year lies between {@code day} and the result. */
    public WorkingDate countWorkingDays(LocalDate day, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative");
        }
        LocalDate current = day;
        for (int counted = 0; counted < n; ) {
            current = current.plusDays(1);
            if (isWorkingDay(current)) {
                counted++;
            }
        }
        return new WorkingDate(current, isProvisional(day, current));
    }

    private Days days(int year) {
        Days days = official.get(year);
        return days != null ? days : computed.computeIfAbsent(year, y -> Days.of(CalendarYear.computed(y), false));
    }
}
