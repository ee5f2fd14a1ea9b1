package org.estatecare.complaints.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

/**
 * Which days are working days in China, and counting in them. A day is a working day when it is a
 * make-up working day, or a weekday that is not a holiday.
 */
public final class WorkingDayCalendar {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<Integer, Set<LocalDate>> daysOff = new HashMap<>();
    private final Set<LocalDate> makeUpWorkingDays = new HashSet<>();

    public WorkingDayCalendar(List<CalendarYear> years) {
        for (CalendarYear year : years) {
            if (daysOff.putIfAbsent(year.year(), year.daysOff()) != null) {
                throw new IllegalArgumentException("two calendars for " + year.year());
            }
            makeUpWorkingDays.addAll(year.makeUpWorkingDays());
        }
    }

    /** The calendars shipped on the class path as {@code calendar/china-<year>.json}, for the given years. */
    public static WorkingDayCalendar fromClasspath(int... years) {
        List<CalendarYear> loaded = new java.util.ArrayList<>();
        for (int year : years) {
            String resource = "calendar/china-" + year + ".json";
            try (InputStream in = WorkingDayCalendar.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new YearNotCoveredException(year);
                }
                loaded.add(JSON.readValue(in, CalendarYear.class));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new WorkingDayCalendar(loaded);
    }

    public boolean covers(int year) {
        return daysOff.containsKey(year);
    }

    public boolean isWorkingDay(LocalDate day) {
        Set<LocalDate> off = daysOff.get(day.getYear());
        if (off == null) {
            throw new YearNotCoveredException(day.getYear());
        }
        if (makeUpWorkingDays.contains(day)) {
            return true;
        }
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !off.contains(day);
    }

    /**
     * The {@code n}th working day after {@code day} ({@code day} itself never counts: something received
     * on a working day has its first working day tomorrow). {@code n} = 0 gives {@code day}.
     */
    public LocalDate addWorkingDays(LocalDate day, int n) {
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
        return current;
    }
}
