package org.estatecare.agreements.fee;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.estatecare.events.codes.EstateClass;
import org.estatecare.kit.domain.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The fee against every standard in force over a stretch of days. */
class FeeBandsTest {

    static final FeeStandard FROM_2025 = standard("0.80", "1.50", "2025-01-01");
    static final FeeStandard FROM_MARCH_2026 = standard("0.90", "1.40", "2026-03-01");

    static FeeStandard standard(String min, String max, String from) {
        return new FeeStandard(new FeeStandardId(from), EstateClass.CLASS_2, FeeBasis.PER_SQUARE_METRE_MONTH, new BigDecimal(min), new BigDecimal(max),
                LocalDate.parse(from), "河东区物业服务收费标准", "admin", null);
    }

    static List<Violation> check(String fee, String from, String to) {
        return FeeStandards.checkBands(EstateClass.CLASS_2, new Fee(FeeBasis.PER_SQUARE_METRE_MONTH, new BigDecimal(fee)),
                List.of(FROM_2025, FROM_MARCH_2026), LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    @DisplayName("R-AGR-2: a standard starting mid-term with a narrower band is checked, naming the days it applies")
    void aStandardStartingMidTermIsChecked() {
        assertThat(check("1.45", "2026-01-01", "2026-02-28")).isEmpty();
        assertThat(check("1.45", "2026-01-01", "2028-12-31")).extracting(Violation::condition, Violation::about)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("fee-outside-standard", "2026-03-01/2028-12-31"));
        assertThat(check("0.85", "2026-01-01", "2028-12-31")).extracting(Violation::about)
                .containsExactly("2026-03-01/2028-12-31");
        assertThat(check("1.20", "2026-01-01", "2028-12-31")).isEmpty();
    }

    @Test
    @DisplayName("R-AGR-2: days before any standard are named; an amendment is checked from its first day only")
    void daysWithoutAStandardAreNamed() {
        assertThat(check("1.20", "2024-07-01", "2025-06-30")).extracting(Violation::condition, Violation::about)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("no-standard", "2024-07-01/2024-12-31"));
        assertThat(check("1.45", "2026-03-01", "2026-03-01")).extracting(Violation::about).containsExactly("2026-03-01/2026-03-01");
        assertThat(check("1.45", "2026-02-28", "2026-02-28")).isEmpty();
    }

    @Test
    @DisplayName("R-AGR-2: a standard from 1 January binds a term that reaches into the new year, not one ending on 31 December")
    void aStandardFromNewYearsDayBindsOnlyTermsReachingIntoIt() {
        List<FeeStandard> standards = List.of(FROM_2025, standard("0.90", "1.10", "2027-01-01"));
        Fee fee = new Fee(FeeBasis.PER_SQUARE_METRE_MONTH, new BigDecimal("1.20"));
        assertThat(FeeStandards.checkBands(EstateClass.CLASS_2, fee, standards, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                .isEmpty();
        assertThat(FeeStandards.checkBands(EstateClass.CLASS_2, fee, standards, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)))
                .extracting(Violation::condition, Violation::about)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("fee-outside-standard", "2027-01-01/2027-01-01"));
    }

    @Test
    @DisplayName("R-AGR-2: a standard from the leap day 29 February 2028 applies from that day, not the day before")
    void aStandardFromALeapDayAppliesFromIt() {
        List<FeeStandard> standards = List.of(FROM_2025, standard("0.90", "1.10", "2028-02-29"));
        Fee fee = new Fee(FeeBasis.PER_SQUARE_METRE_MONTH, new BigDecimal("1.20"));
        assertThat(FeeStandards.checkBands(EstateClass.CLASS_2, fee, standards, LocalDate.of(2028, 2, 29), LocalDate.of(2033, 2, 28)))
                .extracting(Violation::about).containsExactly("2028-02-29/2033-02-28");
        assertThat(FeeStandards.checkBands(EstateClass.CLASS_2, fee, standards, LocalDate.of(2025, 3, 1), LocalDate.of(2028, 2, 28)))
                .isEmpty();
    }
}
