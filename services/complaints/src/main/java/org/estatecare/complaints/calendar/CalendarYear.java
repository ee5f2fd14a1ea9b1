package org.estatecare.complaints.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One year of the schedule: the holiday periods (days off, whatever the weekday) and the make-up
 * working days (weekend days that are worked).
 */
public record CalendarYear(int year, String source, List<Holiday> holidays, List<LocalDate> makeUpWorkingDays) {

    public record Holiday(String name, LocalDate from, LocalDate to) {
        public Holiday {
            if (to.isBefore(from)) {
                throw new IllegalArgumentException(name + ": ends before it starts");
            }
        }
    }

    public CalendarYear {
        holidays = List.copyOf(holidays);
        makeUpWorkingDays = List.copyOf(makeUpWorkingDays);
        for (Holiday h : holidays) {
            if (h.from().getYear() != year && h.to().getYear() != year) {
                throw new IllegalArgumentException(h.name() + " lies outside " + year);
            }
        }
        Set<LocalDate> off = daysOff(holidays);
        for (LocalDate day : makeUpWorkingDays) {
            if (off.contains(day)) {
                throw new IllegalArgumentException(day + " is both a holiday and a make-up working day");
            }
        }
    }

    Set<LocalDate> daysOff() {
        return daysOff(holidays);
    }

    private static Set<LocalDate> daysOff(List<Holiday> holidays) {
        Set<LocalDate> days = new TreeSet<>();
        for (Holiday h : holidays) {
            h.from().datesUntil(h.to().plusDays(1)).forEach(days::add);
        }
        return days;
    }
}
