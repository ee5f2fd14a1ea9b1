package org.estatecare.events.complaints;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The district loaded (or corrected) a year's official working-day arrangement, the State Council's
 * notice: every day off (holidays with their bridged days) and every make-up working day (调休).
 * Working-day deadlines that fall in the year follow it from now on. Kafka key {@code calendar-<year>}:
 * it is about no estate; subject is the same key, {@code version} counts the year's arrangements from 1.
 */
public record CalendarYearPublished(int year, long version, String source, List<LocalDate> daysOff,
                                    List<LocalDate> makeUpWorkingDays, Instant publishedAt) {

    public CalendarYearPublished {
        daysOff = List.copyOf(daysOff);
        makeUpWorkingDays = List.copyOf(makeUpWorkingDays);
    }
}
