package org.estatecare.kit.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The lunar and solar-term dates behind the statutory holidays, against the dates the Purple Mountain
 * Observatory publishes, and the new-moon theory that corrects ICU near midnight against Meeus' worked example.
 */
class ChineseDatesTest {

    @ParameterizedTest(name = "Chinese New Year {0}: {1}")
    @CsvSource({"2028, 2028-01-26", "2031, 2031-01-23", "2033, 2033-01-31"})
    void theFirstDayOfTheFirstMonthIsThePublishedNewYear(int year, LocalDate newYear) {
        assertThat(ChineseDates.lunar(year, 1, 1)).isEqualTo(newYear);
        assertThat(ChineseDates.newYearsEve(year)).isEqualTo(newYear.minusDays(1));
        assertThat(onBeijingDay(NewMoon.nearest(newYear.atTime(12, 0).toInstant(ZoneOffset.ofHours(8)))))
                .as("the new moon falls on New Year's day in Beijing").isEqualTo(newYear);
    }

    @ParameterizedTest(name = "Mid-Autumn {0}: {1}")
    @CsvSource({"2028, 2028-10-03", "2031, 2031-10-01"})
    void theFifteenthOfTheEighthMonthIsThePublishedMidAutumn(int year, LocalDate midAutumn) {
        assertThat(ChineseDates.lunar(year, 8, 15)).isEqualTo(midAutumn);
        LocalDate firstOfTheMonth = midAutumn.minusDays(14);
        assertThat(onBeijingDay(NewMoon.nearest(firstOfTheMonth.atTime(12, 0).toInstant(ZoneOffset.ofHours(8)))))
                .isEqualTo(firstOfTheMonth);
    }

    @Test
    void qingming2028IsThePublishedDay() {
        assertThat(ChineseDates.qingming(2028)).isEqualTo(LocalDate.of(2028, 4, 4));
    }

    @Test
    void theNewMoonOfMeeusWorkedExampleIsWithinAMinute() {
        // Astronomical Algorithms, example 49.a: lunation −283, 1977-02-18 03:37:42 dynamical time
        Instant dynamical = LocalDateTime.of(1977, 2, 18, 3, 37, 42).toInstant(ZoneOffset.UTC);
        Instant computed = NewMoon.of(-283).plusMillis(Math.round(NewMoon.deltaTSeconds(1977.13) * 1000));
        assertThat(Duration.between(dynamical, computed).toSeconds()).isCloseTo(0L, within(60L));
    }

    @Test
    void consecutiveNewMoonsAreALunarMonthApart() {
        for (long lunation = 300; lunation < 1500; lunation++) {
            double days = Duration.between(NewMoon.of(lunation), NewMoon.of(lunation + 1)).toMinutes() / 1440.0;
            assertThat(days).as("lunation %s", lunation).isBetween(29.2, 29.9);
        }
    }

    private static LocalDate onBeijingDay(Instant instant) {
        return LocalDate.ofInstant(instant, WorkingDayCalendar.BEIJING);
    }
}
