package org.estatecare.kit.time;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import com.ibm.icu.impl.CalendarAstronomer;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;

/**
 * Lunar dates and the Qingming solar term in Beijing time, from ICU4J: its Chinese calendar gives the
 * months of a lunar year (numbering, leap months), its astronomy the solar term. The first day of a
 * month is the day of the new moon; where ICU's approximate conjunction and the precise one
 * ({@link NewMoon}) fall on different sides of midnight, the precise one decides.
 */
final class ChineseDates {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    /** Qingming: the sun at ecliptic longitude 15°. */
    private static final double QINGMING_LONGITUDE = Math.toRadians(15);

    private ChineseDates() {
    }

    /** The {@code day}th day of the (non-leap) lunar {@code month} of the lunar year that starts in {@code year}. */
    static LocalDate lunar(int year, int month, int day) {
        return firstDayOfMonth(year, month).plusDays(day - 1L);
    }

    /** Chinese New Year's Eve (除夕): the last day of the 12th month, the day before the 1st of the 1st. */
    static LocalDate newYearsEve(int year) {
        return firstDayOfMonth(year, 1).minusDays(1);
    }

    /** The day (Beijing time) the sun reaches ecliptic longitude 15°, in early April. */
    static LocalDate qingming(int year) {
        CalendarAstronomer astronomer = new CalendarAstronomer(LocalDate.of(year, 3, 20).atStartOfDay(BEIJING)
                .toInstant().toEpochMilli());
        return Instant.ofEpochMilli(astronomer.getSunTime(QINGMING_LONGITUDE, true)).atZone(BEIJING).toLocalDate();
    }

    private static LocalDate firstDayOfMonth(int year, int month) {
        ChineseCalendar chinese = new ChineseCalendar(TimeZone.getTimeZone(BEIJING.getId()));
        // 1 June always lies in the lunar year that began in the same Gregorian year (New Year is by 21 February)
        chinese.setTimeInMillis(LocalDate.of(year, 6, 1).atTime(12, 0).atZone(BEIJING).toInstant().toEpochMilli());
        int lunarYear = chinese.get(ChineseCalendar.EXTENDED_YEAR);
        chinese.clear();
        chinese.set(ChineseCalendar.EXTENDED_YEAR, lunarYear);
        chinese.set(ChineseCalendar.MONTH, month - 1);
        chinese.set(ChineseCalendar.IS_LEAP_MONTH, 0);
        chinese.set(ChineseCalendar.DAY_OF_MONTH, 1);
        LocalDate approximate = Instant.ofEpochMilli(chinese.getTimeInMillis()).atZone(BEIJING).toLocalDate();
        LocalDate precise = NewMoon.nearest(approximate.atTime(12, 0).atZone(BEIJING).toInstant()).atZone(BEIJING).toLocalDate();
        // the two theories differ by minutes: only a conjunction near midnight moves the day, and by one
        return Math.abs(Duration.between(approximate.atStartOfDay(), precise.atStartOfDay()).toDays()) <= 1 ? precise : approximate;
    }
}
