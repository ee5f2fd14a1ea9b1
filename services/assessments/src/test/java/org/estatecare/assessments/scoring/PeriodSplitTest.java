package org.estatecare.assessments.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

class PeriodSplitTest {

    static final Optional<String> A = Optional.of("company-a");
    static final Optional<String> B = Optional.of("company-b");
    static final Optional<String> NONE = Optional.empty();

    /** Company A until the day before {@code bFrom}, B from it on. */
    static Function<LocalDate, Optional<String>> aThenB(LocalDate bFrom) {
        return day -> day.isBefore(bFrom) ? A : B;
    }

    static ServingSpell spell(Optional<String> company, String from, String to) {
        return new ServingSpell(company, LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    @DisplayName("R-ASM-1: a month split at the 17th is assessed per company for its days")
    void monthSplitAtThe17th() {
        List<ServingSpell> spells = PeriodSplit.split(AssessmentPeriod.parse("2026-03"), aThenB(LocalDate.of(2026, 3, 17)));

        assertThat(spells).containsExactly(spell(A, "2026-03-01", "2026-03-16"), spell(B, "2026-03-17", "2026-03-31"));
        assertThat(spells).extracting(ServingSpell::days).containsExactly(16L, 15L);
    }

    @Test
    @DisplayName("R-ASM-1: a quarter across a company change, with days served by none between, is split in three")
    void quarterAcrossACompanyChange() {
        Function<LocalDate, Optional<String>> companyOn = day -> day.isBefore(LocalDate.of(2026, 5, 11)) ? A
                : day.isBefore(LocalDate.of(2026, 6, 1)) ? NONE : B;

        List<ServingSpell> spells = PeriodSplit.split(AssessmentPeriod.parse("2026-Q2"), companyOn);

        assertThat(spells).containsExactly(spell(A, "2026-04-01", "2026-05-10"), spell(NONE, "2026-05-11", "2026-05-31"),
                spell(B, "2026-06-01", "2026-06-30"));
        assertThat(spells).extracting(ServingSpell::companyServes).containsExactly(true, false, true);
        assertThat(spells.stream().mapToLong(ServingSpell::days).sum()).isEqualTo(91);
    }

    @Test
    @DisplayName("R-ASM-1: a company taking over on the month's last day is assessed for that one day")
    void changeOnTheMonthEnd() {
        assertThat(PeriodSplit.split(AssessmentPeriod.parse("2026-01"), aThenB(LocalDate.of(2026, 1, 31))))
                .containsExactly(spell(A, "2026-01-01", "2026-01-30"), spell(B, "2026-01-31", "2026-01-31"));
        assertThat(PeriodSplit.split(AssessmentPeriod.parse("2026-04"), aThenB(LocalDate.of(2026, 5, 1))))
                .as("a change the day after the month ends does not split it")
                .containsExactly(spell(A, "2026-04-01", "2026-04-30"));
    }

    @Test
    @DisplayName("R-ASM-1: February 2028 has 29 days, and a change on the leap day splits it")
    void leapFebruary() {
        AssessmentPeriod february = AssessmentPeriod.parse("2028-02");

        assertThat(february.end()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(PeriodSplit.split(february, aThenB(LocalDate.of(2028, 2, 29))))
                .containsExactly(spell(A, "2028-02-01", "2028-02-28"), spell(B, "2028-02-29", "2028-02-29"));
        assertThat(PeriodSplit.split(AssessmentPeriod.parse("2028-Q1"), aThenB(LocalDate.of(2028, 3, 1))))
                .containsExactly(spell(A, "2028-01-01", "2028-02-29"), spell(B, "2028-03-01", "2028-03-31"));
        assertThat(AssessmentPeriod.parse("2027-02").end()).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    @DisplayName("R-ASM-1: a period nobody served is one spell without a company")
    void nobodyServed() {
        assertThat(PeriodSplit.split(AssessmentPeriod.parse("2026-Q4"), day -> NONE))
                .containsExactly(spell(NONE, "2026-10-01", "2026-12-31"));
    }

    @Test
    void periodsParseAndPrintBack() {
        AssessmentPeriod march = AssessmentPeriod.parse("2026-03");
        AssessmentPeriod first = AssessmentPeriod.parse("2026-Q1");

        assertThat(march.kind()).isEqualTo(AssessmentPeriod.Kind.MONTH);
        assertThat(march.start()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(march.end()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(march).hasToString("2026-03");
        assertThat(march.label()).isEqualTo("2026年3月");
        assertThat(first.kind()).isEqualTo(AssessmentPeriod.Kind.QUARTER);
        assertThat(first.start()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(first.end()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(first).hasToString("2026-Q1");
        assertThat(AssessmentPeriod.parse("2026-12").end()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(AssessmentPeriod.parse("2026-Q4").start()).isEqualTo(LocalDate.of(2026, 10, 1));
    }

    @Test
    void periodsTravelAsTheirText() {
        JsonMapper json = JsonMapper.builder().build();

        assertThat(json.writeValueAsString(AssessmentPeriod.parse("2026-Q3"))).isEqualTo("\"2026-Q3\"");
        assertThat(json.readValue("\"2026-07\"", AssessmentPeriod.class)).isEqualTo(AssessmentPeriod.parse("2026-07"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"2026-3", "2026-13", "2026-00", "2026-Q0", "2026-Q5", "26-03", "2026/03", "2026-q1", " 2026-03", "1900-01"})
    void badPeriodTextIsRefusedClearly(String text) {
        assertThatThrownBy(() -> AssessmentPeriod.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2026-03").hasMessageContaining("2026-Q1");
    }
}
