package org.estatecare.kit.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter, written {@code 2026-Q1}. */
public record Quarter(int year, int number) {

    private static final Pattern TEXT = Pattern.compile("^(\\d{4})-Q([1-4])$");

    public Quarter {
        if (number < 1 || number > 4 || year < 1949 || year > 2100) {
            throw new IllegalArgumentException("a quarter is written like 2026-Q1");
        }
    }

    public static Quarter parse(String text) {
        Matcher m = text == null ? null : TEXT.matcher(text);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("a quarter is written like 2026-Q1, not '" + text + "'");
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public List<YearMonth> months() {
        YearMonth first = YearMonth.of(year, (number - 1) * 3 + 1);
        return List.of(first, first.plusMonths(1), first.plusMonths(2));
    }

    public LocalDate firstDay() {
        return months().get(0).atDay(1);
    }

    public LocalDate lastDay() {
        return months().get(2).atEndOfMonth();
    }

    /** {@code 2026年第1季度} */
    public String label() {
        return year + "年第" + number + "季度";
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
