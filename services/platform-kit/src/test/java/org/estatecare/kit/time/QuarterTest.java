package org.estatecare.kit.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class QuarterTest {

    @Test
    void quartersAreReadAndSpelledOut() {
        Quarter q = Quarter.parse("2026-Q4");
        assertThat(q.months()).extracting(Object::toString).containsExactly("2026-10", "2026-11", "2026-12");
        assertThat(q.firstDay()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(q.lastDay()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(q.label()).isEqualTo("2026年第4季度");
        assertThat(q).hasToString("2026-Q4");
        assertThat(Quarter.of(LocalDate.of(2026, 5, 31))).isEqualTo(Quarter.parse("2026-Q2"));
    }

    @Test
    void aQuarterStartsOnTheFirstDayOfItsFirstMonthAndEndsOnTheLastDayOfItsThird() {
        assertThat(Quarter.of(LocalDate.of(2026, 1, 1))).isEqualTo(new Quarter(2026, 1));
        assertThat(Quarter.of(LocalDate.of(2026, 3, 31))).isEqualTo(new Quarter(2026, 1));
        assertThat(Quarter.of(LocalDate.of(2026, 4, 1))).isEqualTo(new Quarter(2026, 2));
        assertThat(Quarter.of(LocalDate.of(2026, 12, 31))).isEqualTo(new Quarter(2026, 4));
        assertThat(new Quarter(2028, 1).lastDay()).as("a leap year's first quarter").isEqualTo(LocalDate.of(2028, 3, 31));
    }

    @Test
    void anythingButYearDashQAndOneToFourIsRefused() {
        for (String bad : new String[] {"2026-Q5", "2026-Q0", "2026Q1", "26-Q1", "2026-q1", " 2026-Q1", ""}) {
            assertThatThrownBy(() -> Quarter.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> Quarter.parse(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Quarter(2026, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
