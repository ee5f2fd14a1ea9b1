package org.estatecare.kit.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.stream.IntStream;

import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The statutory days off computed for any year, checked against the published lunar and solar-term dates. */
class StatutoryHolidayTest {

    /** Chinese New Year (正月初一) as published (Purple Mountain Observatory / Hong Kong Observatory tables). */
    static final Map<Integer, LocalDate> NEW_YEAR = Map.ofEntries(
            Map.entry(2020, LocalDate.of(2020, 1, 25)), Map.entry(2021, LocalDate.of(2021, 2, 12)),
            Map.entry(2022, LocalDate.of(2022, 2, 1)), Map.entry(2023, LocalDate.of(2023, 1, 22)),
            Map.entry(2024, LocalDate.of(2024, 2, 10)), Map.entry(2025, LocalDate.of(2025, 1, 29)),
            Map.entry(2026, LocalDate.of(2026, 2, 17)), Map.entry(2027, LocalDate.of(2027, 2, 6)),
            Map.entry(2028, LocalDate.of(2028, 1, 26)), Map.entry(2029, LocalDate.of(2029, 2, 13)),
            Map.entry(2030, LocalDate.of(2030, 2, 3)), Map.entry(2031, LocalDate.of(2031, 1, 23)),
            Map.entry(2032, LocalDate.of(2032, 2, 11)), Map.entry(2033, LocalDate.of(2033, 1, 31)),
            Map.entry(2034, LocalDate.of(2034, 2, 19)), Map.entry(2035, LocalDate.of(2035, 2, 8)));

    @Test
    @DisplayName("Spring Festival: New Year's Eve and the 1st to 3rd of the first month, matching the published New Year 2020–2035 "
            + "(2027 and 2030 included, where ICU's approximate new moon falls on the wrong side of midnight)")
    void springFestivalMatchesThePublishedNewYear() {
        NEW_YEAR.forEach((year, newYear) -> assertThat(StatutoryHoliday.SPRING_FESTIVAL.days(year)).as("%s", year)
                .containsExactly(newYear.minusDays(1), newYear, newYear.plusDays(1), newYear.plusDays(2)));
    }

    @Test
    @DisplayName("New Year's Eve is the last day of the 12th lunar month, the 29th or the 30th")
    void newYearsEveIsTheLastDayOfTheTwelfthMonth() {
        IntStream.rangeClosed(2001, 2100).forEach(year -> {
            LocalDate eve = ChineseDates.newYearsEve(year);
            LocalDate twelfthMonth = ChineseDates.lunar(year - 1, 12, 1);
            assertThat(ChronoUnit.DAYS.between(twelfthMonth, eve) + 1).as("length of the 12th month before %s", year).isBetween(29L, 30L);
            assertThat(eve.getYear()).isEqualTo(year);
        });
    }

    @Test
    void lunarDatesAgreeWithIcuAwayFromMidnight() {
        // where the conjunction is far from midnight, the correction changes nothing: ICU's own day stands
        ChineseCalendar icu = new ChineseCalendar(TimeZone.getTimeZone("Asia/Shanghai"));
        icu.setTimeInMillis(LocalDate.of(2026, 6, 19).atTime(12, 0).atZone(ChineseDates.BEIJING).toInstant().toEpochMilli());
        assertThat(icu.get(ChineseCalendar.MONTH) + 1).isEqualTo(5);
        assertThat(icu.get(ChineseCalendar.DAY_OF_MONTH)).isEqualTo(5);
        assertThat(StatutoryHoliday.DRAGON_BOAT.days(2026)).containsExactly(LocalDate.of(2026, 6, 19));
    }

    @ParameterizedTest(name = "{0}: Qingming {1}, Dragon Boat {2}, Mid-Autumn {3}")
    @CsvSource({
            "2024, 2024-04-04, 2024-06-10, 2024-09-17",
            "2025, 2025-04-04, 2025-05-31, 2025-10-06",
            "2026, 2026-04-05, 2026-06-19, 2026-09-25",
            "2027, 2027-04-05, 2027-06-09, 2027-09-15",
            "2028, 2028-04-04, 2028-05-28, 2028-10-03",
            "2029, 2029-04-04, 2029-06-16, 2029-09-22",
            "2030, 2030-04-05, 2030-06-05, 2030-09-12"})
    void singleDayHolidaysMatchThePublishedDates(int year, LocalDate qingming, LocalDate dragonBoat, LocalDate midAutumn) {
        assertThat(StatutoryHoliday.QINGMING.days(year)).containsExactly(qingming);
        assertThat(StatutoryHoliday.DRAGON_BOAT.days(year)).containsExactly(dragonBoat);
        assertThat(StatutoryHoliday.MID_AUTUMN.days(year)).containsExactly(midAutumn);
    }

    @Test
    @DisplayName("The 2024 revision's lengths: 1 + 4 + 1 + 2 + 1 + 1 + 3 = 13 statutory days off")
    void thirteenStatutoryDaysOffAYear() {
        for (int year : new int[] {2026, 2027, 2030, 2050, 2100}) {
            assertThat(java.util.Arrays.stream(StatutoryHoliday.values()).mapToInt(h -> h.days(year).size()).sum()).isEqualTo(13);
            assertThat(StatutoryHoliday.NEW_YEAR.days(year)).containsExactly(LocalDate.of(year, 1, 1));
            assertThat(StatutoryHoliday.LABOUR_DAY.days(year)).containsExactly(LocalDate.of(year, 5, 1), LocalDate.of(year, 5, 2));
            assertThat(StatutoryHoliday.NATIONAL_DAY.days(year)).containsExactly(LocalDate.of(year, 10, 1),
                    LocalDate.of(year, 10, 2), LocalDate.of(year, 10, 3));
        }
    }
}
