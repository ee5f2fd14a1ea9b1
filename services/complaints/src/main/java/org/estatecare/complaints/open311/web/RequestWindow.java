package org.estatecare.complaints.open311.web;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.estatecare.complaints.complaint.Complaint;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The window of {@code start_date} and {@code end_date} a request list covers, both instants included. Dates are
 * W3C date-times with an offset ({@code Z}, {@code +08:00}, {@code +0800}); a date-time without one, or a date alone,
 * is the district's time (a date alone from the start of that day to its end). A window spans at most
 * {@value #MOST_DAYS} days, as the standard says: without either date it is the last {@value #MOST_DAYS} days, with one
 * it runs {@value #MOST_DAYS} days from or to it.
 */
record RequestWindow(Instant from, Instant until) {

    static final int MOST_DAYS = 90;
    private static final Duration SPAN = Duration.ofDays(MOST_DAYS);
    /** An offset whose {@code +} arrived as a space, because the caller did not encode it in the query. */
    private static final Pattern LOST_PLUS = Pattern.compile("(T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?) (\\d{2}(?::?\\d{2})?)$");
    /** A W3C date-time: date, time to the minute or finer, and an offset written one of the four ways, or none. */
    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?)(Z|[+-]\\d{2}(?::?\\d{2})?)?");

    RequestWindow {
        if (from.isAfter(until)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "start_date is not after end_date");
        }
        // a whole-day end is its last millisecond, so 90 whole days span just under 90 days
        if (Duration.between(from, until).compareTo(SPAN) > 0) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "start_date and end_date span at most " + MOST_DAYS + " days");
        }
    }

    static RequestWindow of(String start, String end, Instant now) {
        Instant from = start == null || start.isBlank() ? null : instant("start_date", start, false);
        Instant until = end == null || end.isBlank() ? null : instant("end_date", end, true);
        if (from == null && until == null) {
            return new RequestWindow(now.minus(SPAN), now);
        }
        if (from == null) {
            return new RequestWindow(until.minus(SPAN), until);
        }
        return new RequestWindow(from, until == null ? from.plus(SPAN) : until);
    }

    private static Instant instant(String name, String value, boolean end) {
        String text = LOST_PLUS.matcher(value.strip()).replaceFirst("$1+$2");
        try {
            if (!text.contains("T")) {
                LocalDate day = LocalDate.parse(text);
                return end ? day.plusDays(1).atStartOfDay(Complaint.BUSINESS_ZONE).toInstant().minusMillis(1)
                        : day.atStartOfDay(Complaint.BUSINESS_ZONE).toInstant();
            }
            Matcher dateTime = DATE_TIME.matcher(text);
            if (!dateTime.matches()) {
                throw new DateTimeException(text);
            }
            LocalDateTime local = LocalDateTime.parse(dateTime.group(1));
            String offset = dateTime.group(2);
            if (offset == null) {
                return local.atZone(Complaint.BUSINESS_ZONE).toInstant();
            }
            return local.toInstant(ZoneOffset.of(offset.length() == 5 ? offset.substring(0, 3) + ":" + offset.substring(3)
                    : offset));
        } catch (DateTimeException | ArithmeticException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    name + " is a date-time such as 2026-12-01T00:00:00Z or 2026-12-01T08:00:00+08:00");
        }
    }
}
