package org.estatecare.complaints.calendar;

import org.estatecare.events.ids.Identifier;

/**
 * The id of a year's official arrangement: the year. Written {@code calendar-<year>}, which is the document id,
 * the subject of its events and their Kafka key.
 */
public record OfficialCalendarId(int year) implements Identifier {

    private static final String PREFIX = "calendar-";

    public OfficialCalendarId {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("a calendar year is a year");
        }
    }

    /** Reads {@code calendar-2026}. */
    public static OfficialCalendarId parse(String text) {
        if (text == null || !text.matches(PREFIX + "\\d{1,4}")) {
            throw new IllegalArgumentException("a calendar id is written like calendar-2026");
        }
        return new OfficialCalendarId(Integer.parseInt(text.substring(PREFIX.length())));
    }

    @Override
    public String value() {
        return PREFIX + year;
    }

    @Override
    public String toString() {
        return value();
    }
}
