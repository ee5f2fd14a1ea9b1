package org.estatecare.assessments.scoring;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.estatecare.events.codes.LabelledCode;
import org.estatecare.kit.time.Quarter;

/** A month ({@code 2026-03}) or a quarter ({@code 2026-Q1}) an estate is scored for; on the wire, its text. */
public record AssessmentPeriod(Kind kind, int year, int number) {

    private static final Pattern MONTH_TEXT = Pattern.compile("^(\\d{4})-(\\d{2})$");
    private static final Pattern QUARTER_TEXT = Pattern.compile("^(\\d{4})-Q(\\d)$");

    public enum Kind implements LabelledCode {
        MONTH("月度"),
        QUARTER("季度");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    public AssessmentPeriod {
        Objects.requireNonNull(kind, "kind");
        int last = kind == Kind.MONTH ? 12 : 4;
        // the same years as the kit's Quarter, so every period has its quarter
        if (year < 1949 || year > 2100 || number < 1 || number > last) {
            throw new IllegalArgumentException("an assessment period is a month like 2026-03 or a quarter like 2026-Q1");
        }
    }

    @JsonCreator
    public static AssessmentPeriod parse(String text) {
        Matcher month = text == null ? null : MONTH_TEXT.matcher(text);
        if (month != null && month.matches()) {
            return checked(Kind.MONTH, month, text);
        }
        Matcher quarter = text == null ? null : QUARTER_TEXT.matcher(text);
        if (quarter != null && quarter.matches()) {
            return checked(Kind.QUARTER, quarter, text);
        }
        throw new IllegalArgumentException(
                "an assessment period is a month like 2026-03 or a quarter like 2026-Q1, not '" + text + "'");
    }

    private static AssessmentPeriod checked(Kind kind, Matcher matched, String text) {
        try {
            return new AssessmentPeriod(kind, Integer.parseInt(matched.group(1)), Integer.parseInt(matched.group(2)));
        } catch (IllegalArgumentException outOfRange) {
            throw new IllegalArgumentException("no such assessment period: '" + text + "' (a month like 2026-03, a quarter like 2026-Q1)");
        }
    }

    public static AssessmentPeriod of(YearMonth month) {
        return new AssessmentPeriod(Kind.MONTH, month.getYear(), month.getMonthValue());
    }

    public static AssessmentPeriod of(Quarter quarter) {
        return new AssessmentPeriod(Kind.QUARTER, quarter.year(), quarter.number());
    }

    public LocalDate start() {
        return kind == Kind.MONTH ? YearMonth.of(year, number).atDay(1) : quarterOf().firstDay();
    }

    public LocalDate end() {
        return kind == Kind.MONTH ? YearMonth.of(year, number).atEndOfMonth() : quarterOf().lastDay();
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start()) && !day.isAfter(end());
    }

    /** {@code 2026年3月}, {@code 2026年第1季度} */
    public String label() {
        return kind == Kind.MONTH ? year + "年" + number + "月" : quarterOf().label();
    }

    /** The period of the same kind right after this one. */
    public AssessmentPeriod next() {
        int last = kind == Kind.MONTH ? 12 : 4;
        return number == last ? new AssessmentPeriod(kind, year + 1, 1) : new AssessmentPeriod(kind, year, number + 1);
    }

    /** The period of the same kind right before this one. */
    public AssessmentPeriod previous() {
        int last = kind == Kind.MONTH ? 12 : 4;
        return number == 1 ? new AssessmentPeriod(kind, year - 1, last) : new AssessmentPeriod(kind, year, number - 1);
    }

    private Quarter quarterOf() {
        return new Quarter(year, number);
    }

    @JsonValue
    @Override
    public String toString() {
        return kind == Kind.MONTH ? "%04d-%02d".formatted(year, number) : "%04d-Q%d".formatted(year, number);
    }
}
