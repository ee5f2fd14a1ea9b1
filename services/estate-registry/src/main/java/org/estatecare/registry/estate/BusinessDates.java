package org.estatecare.registry.estate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.Violation;

/**
 * What a business date of the registry may be. Days are counted in Beijing time. A date outside the
 * People's Republic's calendar of this scheme (before 1949-10-01 or after 2100-12-31) is a typing error,
 * never a fact. Steps that happened (approval, acceptance, takeover acceptance, filing, inclusion,
 * non-inclusion) cannot be dated after today; an exit or a mode change may be decided ahead of its day,
 * at most {@link #SCHEDULING_HORIZON} ahead.
 */
public final class BusinessDates {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final LocalDate EARLIEST = LocalDate.of(1949, 10, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    /** How far ahead an exit (R-EXIT-1) or a management mode (R-MODE-1) may be scheduled. */
    public static final Period SCHEDULING_HORIZON = Period.ofYears(1);

    /** The rule id of a date outside {@link #EARLIEST}..{@link #LATEST}; the violation's {@code about} names the field. */
    public static final String RANGE_RULE = "DATE-RANGE";

    private BusinessDates() {
    }

    public static LocalDate today(Clock clock) {
        return dayOf(clock.instant());
    }

    public static LocalDate dayOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    /** Refuses, naming each field, every given date outside the sane range; {@code null} dates are not checked. */
    public static void requireInRange(Map<String, LocalDate> datesByField) {
        List<Violation> violations = new ArrayList<>();
        datesByField.forEach((field, date) -> {
            if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
                violations.add(new Violation(RANGE_RULE, "out-of-range",
                        field + " " + date + " lies outside " + EARLIEST + ".." + LATEST, field));
            }
        });
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
    }

    public static void requireInRange(String field, LocalDate date) {
        Map<String, LocalDate> one = new LinkedHashMap<>();
        one.put(field, date);
        requireInRange(one);
    }

    /** A step that happened cannot be dated after {@code today}. */
    public static void notInTheFuture(List<Violation> violations, String rule, String field, LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            violations.add(new Violation(rule, "in-the-future", field + " " + date + " is after today, " + today, field));
        }
    }

    /** A scheduled decision takes effect within {@link #SCHEDULING_HORIZON} of {@code today}. */
    public static void withinHorizon(List<Violation> violations, String rule, String field, LocalDate date, LocalDate today) {
        LocalDate last = today.plus(SCHEDULING_HORIZON);
        if (date.isAfter(last)) {
            violations.add(new Violation(rule, "too-far-ahead", field + " " + date + " is more than "
                    + SCHEDULING_HORIZON.getYears() + " year ahead; the latest possible day is " + last, field));
        }
    }

    public static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
    }
}
