package org.estatecare.complaints.calendar;

/** The calendar has no data for a year: deadlines there cannot be computed until it is added. */
public class YearNotCoveredException extends RuntimeException {

    public YearNotCoveredException(int year) {
        super("no working-day calendar for " + year + ": add calendar/china-" + year
                + ".json from the State Council's holiday schedule");
    }
}
