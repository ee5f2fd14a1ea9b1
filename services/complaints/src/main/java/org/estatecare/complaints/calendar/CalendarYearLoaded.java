package org.estatecare.complaints.calendar;

/**
 * In-process notice that {@code version} of {@code year}'s official arrangement is now the calendar in
 * force, and the open deadlines counted through the year are to be recomputed. Sent again after a
 * restart until {@link CalendarService#recomputed} is told.
 */
public record CalendarYearLoaded(int year, long version) {

    /** How the complaints' history names it, e.g. {@code 2027 v1}. */
    public String label() {
        return year + " v" + version;
    }
}
