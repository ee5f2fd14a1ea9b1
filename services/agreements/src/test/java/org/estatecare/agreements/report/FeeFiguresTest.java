package org.estatecare.agreements.report;

import org.estatecare.kit.time.Quarter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The numbers residents read in a quarter's publication. */
class FeeFiguresTest {

    static FeeCollection month(String month, int billed, int paid, String amountBilled, String collected) {
        return new FeeCollection(month, billed, paid, new BigDecimal(amountBilled), new BigDecimal(collected), "anju",
                Instant.EPOCH);
    }

    @Test
    @DisplayName("R-AGR-4: a quarter's publication adds up its months and derives the collection rates and the balance")
    void aQuarterAddsUpItsMonthsAndDerivesTheRates() {
        FeeFigures figures = FeeFigures.of(List.of(
                        month("2026-01", 480, 432, "36000.00", "32400.00"),
                        month("2026-02", 480, 440, "36000.00", "33000.00"),
                        month("2026-03", 480, 456, "36000.00", "34250.50")),
                List.of(new Spending(SpendingCategory.STAFF, new BigDecimal("60000"), null),
                        new Spending(SpendingCategory.REPAIRS, new BigDecimal("20000.505"), null)));

        assertThat(figures.householdsBilled()).isEqualTo(1440);
        assertThat(figures.householdsPaid()).isEqualTo(1328);
        assertThat(figures.amountBilled()).isEqualByComparingTo("108000.00");
        assertThat(figures.amountCollected()).isEqualByComparingTo("99650.50");
        assertThat(figures.collectionRate()).isEqualByComparingTo("0.9227");       // 0.922690… HALF_UP
        assertThat(figures.householdPaymentRate()).isEqualByComparingTo("0.9222"); // 0.922222…
        assertThat(figures.amountSpent()).isEqualByComparingTo("80000.51");        // 20000.505 → 20000.51 HALF_UP
        assertThat(figures.balance()).isEqualByComparingTo("19649.99");
        assertThat(figures.amountSpent().scale()).isEqualTo(2);
    }

    @Test
    void nothingBilledMeansARateOfZeroNotADivisionByZero() {
        FeeFigures figures = FeeFigures.of(List.of(month("2026-01", 0, 0, "0", "0"), month("2026-02", 0, 0, "0", "0"),
                month("2026-03", 0, 0, "0", "0")), List.of());
        assertThat(figures.collectionRate()).isEqualByComparingTo("0");
        assertThat(figures.balance()).isEqualByComparingTo("0");
    }

    @Test
    void quartersAreReadAndSpelledOut() {
        Quarter q = Quarter.parse("2026-Q4");
        assertThat(q.months()).extracting(Object::toString).containsExactly("2026-10", "2026-11", "2026-12");
        assertThat(q.firstDay()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(q.lastDay()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(q.label()).isEqualTo("2026年第4季度");
        assertThat(Quarter.of(LocalDate.of(2026, 5, 31))).isEqualTo(Quarter.parse("2026-Q2"));
        assertThatThrownBy(() -> Quarter.parse("2026-Q5")).isInstanceOf(IllegalArgumentException.class);
    }
}
