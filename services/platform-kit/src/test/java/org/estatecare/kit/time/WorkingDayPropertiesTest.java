package org.estatecare.kit.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of counting in working days, over official (2026, a loaded 2027) and computed years (to 2035). */
class WorkingDayPropertiesTest {

    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.fromClasspath(2026);

    static {
        CALENDAR.install(Arrangements.y2027());
    }

    @Provide
    Arbitrary<LocalDate> days() {
        LocalDate first = LocalDate.of(2025, 12, 1);
        return Arbitraries.integers().between(0, (int) (LocalDate.of(2035, 12, 31).toEpochDay() - first.toEpochDay()))
                .map(first::plusDays);
    }

    @Property
    @Label("R-CMP-1: the nth working day after a day is a working day, and never a statutory holiday")
    void theResultIsAWorkingDayAndNeverAStatutoryHoliday(@ForAll("days") LocalDate day, @ForAll @IntRange(min = 1, max = 30) int n) {
        LocalDate due = CALENDAR.addWorkingDays(day, n);

        assertThat(CALENDAR.isWorkingDay(due)).isTrue();
        for (StatutoryHoliday holiday : StatutoryHoliday.values()) {
            assertThat(holiday.days(due.getYear())).doesNotContain(due);
        }
    }

    @Property
    @Label("exactly n working days lie after the day up to the result")
    void exactlyNWorkingDaysBetween(@ForAll("days") LocalDate day, @ForAll @IntRange(min = 0, max = 30) int n) {
        LocalDate due = CALENDAR.addWorkingDays(day, n);

        assertThat(day.plusDays(1).datesUntil(due.plusDays(1)).filter(CALENDAR::isWorkingDay).count()).isEqualTo(n);
        assertThat(due).isAfterOrEqualTo(day);
    }

    @Property
    @Label("counting is additive: a + b working days is a working days, then b more")
    void countingIsAdditive(@ForAll("days") LocalDate day, @ForAll @IntRange(max = 20) int a, @ForAll @IntRange(max = 20) int b) {
        assertThat(CALENDAR.addWorkingDays(day, a + b)).isEqualTo(CALENDAR.addWorkingDays(CALENDAR.addWorkingDays(day, a), b));
    }

    @Property
    @Label("monotonic: a later start or more days never gives an earlier deadline")
    void monotonic(@ForAll("days") LocalDate day, @ForAll @IntRange(max = 10) int later, @ForAll @IntRange(max = 20) int n,
                   @ForAll @IntRange(max = 5) int more) {
        LocalDate due = CALENDAR.addWorkingDays(day, n);

        assertThat(CALENDAR.addWorkingDays(day.plusDays(later), n)).isAfterOrEqualTo(due);
        assertThat(CALENDAR.addWorkingDays(day, n + more)).isAfterOrEqualTo(due);
        if (more > 0) {
            assertThat(CALENDAR.addWorkingDays(day, n + more)).isAfter(due);
        }
    }

    @Property
    @Label("provisional exactly when the count runs through a year without an official arrangement")
    void provisionalExactlyThroughComputedYears(@ForAll("days") LocalDate day, @ForAll @IntRange(max = 30) int n) {
        var due = CALENDAR.countWorkingDays(day, n);

        boolean throughComputed = day.getYear() > 2027 || due.date().getYear() > 2027 || day.getYear() < 2026;
        assertThat(due.provisional()).isEqualTo(throughComputed);
    }

    @Property
    @Label("an official arrangement overrides the computed year: its days off rest and its make-up days work")
    void theOfficialArrangementOverridesTheComputedOne(@ForAll("days2027") LocalDate day) {
        CalendarYear official = Arrangements.y2027();
        boolean expected = official.makeUpWorkingDays().contains(day)
                || (!CalendarYear.isWeekend(day) && !official.daysOff().contains(day));

        assertThat(CALENDAR.isWorkingDay(day)).isEqualTo(expected);
    }

    @Property
    @Label("a computed year rests on weekends and statutory days only, and works every other weekday")
    void aComputedYearHasNoInventedDays(@ForAll("days2031") LocalDate day) {
        boolean statutory = List.of(StatutoryHoliday.values()).stream().anyMatch(h -> h.days(2031).contains(day));

        assertThat(CALENDAR.isWorkingDay(day)).isEqualTo(!CalendarYear.isWeekend(day) && !statutory);
    }

    @Provide
    Arbitrary<LocalDate> days2027() {
        return Arbitraries.integers().between(0, 364).map(LocalDate.of(2027, 1, 1)::plusDays);
    }

    @Provide
    Arbitrary<LocalDate> days2031() {
        return Arbitraries.integers().between(0, 364).map(LocalDate.of(2031, 1, 1)::plusDays);
    }
}
