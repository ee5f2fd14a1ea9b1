package org.estatecare.complaints.routing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.time.WorkingDayCalendar;

/**
 * How long a handler has for one step: clock hours, where holidays make no difference (R-CMP-5: a
 * blocked fire lane is cleared within hours, even on National Day), or working days of China's
 * calendar. Written in the routing table as {@code 1 hour}, {@code 24 hours} (or ISO {@code PT24H}),
 * {@code 1 working day}, {@code 2 working days}.
 */
@Implements("R-CMP-5")
public record Deadline(Unit unit, int amount) {

    /** What a deadline counts. */
    public enum Unit { HOURS, WORKING_DAYS }

    private static final Pattern TEXT = Pattern.compile("(\\d{1,4})\\s*(h|hours?|working[ -]days?)");

    public Deadline {
        Objects.requireNonNull(unit, "unit");
        int most = unit == Unit.HOURS ? 24 * 30 : 60;
        if (amount < 0 || amount > most) {
            throw new IllegalArgumentException("a deadline of " + amount + " " + unit + " is out of range 0–" + most);
        }
    }

    public static Deadline hours(int hours) {
        return new Deadline(Unit.HOURS, hours);
    }

    public static Deadline workingDays(int days) {
        return new Deadline(Unit.WORKING_DAYS, days);
    }

    /** Reads {@code 2 working days}, {@code 24 hours}, {@code 24h} or {@code PT24H} (how the routing table binds it). */
    public static Deadline valueOf(String text) {
        String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (value.startsWith("pt")) {
            try {
                Duration duration = Duration.parse(value);
                if (duration.isNegative() || duration.toMinutesPart() != 0 || duration.toSecondsPart() != 0 || duration.toNanosPart() != 0) {
                    throw new IllegalArgumentException("a deadline in hours is whole hours: " + text);
                }
                return hours(Math.toIntExact(duration.toHours()));
            } catch (DateTimeParseException | ArithmeticException e) {
                throw new IllegalArgumentException("not a deadline: " + text, e);
            }
        }
        Matcher matcher = TEXT.matcher(value);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a deadline: '" + text + "' (say e.g. '24 hours' or '2 working days')");
        }
        int amount = Integer.parseInt(matcher.group(1));
        return matcher.group(2).startsWith("h") ? hours(amount) : workingDays(amount);
    }

    public boolean inHours() {
        return unit == Unit.HOURS;
    }

    /**
     * When a deadline passes: the first moment the step is late ({@code at}), and whether it was counted through
     * a year whose official holiday arrangement is not loaded yet ({@code provisional}; never for hours).
     */
    public record Due(Instant at, boolean provisional) {
    }

    /**
     * When the deadline passes for a step begun at {@code start}: so many hours later, or at the end of the
     * {@code amount}th working day after the start's business day ({@code 0}: the end of that day).
     */
    public Due dueAfter(Instant start, ZoneId zone, WorkingDayCalendar calendar) {
        if (inHours()) {
            return new Due(start.plus(Duration.ofHours(amount)), false);
        }
        var last = calendar.countWorkingDays(LocalDate.ofInstant(start, zone), amount);
        return new Due(last.date().plusDays(1).atStartOfDay(zone).toInstant(), last.provisional());
    }

    /** Whether this deadline is longer than {@code other}; only deadlines of one unit compare. */
    boolean exceeds(Deadline other) {
        return unit == other.unit && amount > other.amount;
    }

    @Override
    public String toString() {
        return amount + (inHours() ? (amount == 1 ? " hour" : " hours") : (amount == 1 ? " working day" : " working days"));
    }
}
