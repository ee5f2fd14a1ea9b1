package org.estatecare.assessments.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AssessmentPeriodTest {

    static AssessmentPeriod p(String text) {
        return AssessmentPeriod.parse(text);
    }

    @Test
    void theNextAndThePreviousPeriodOfTheSameKindCrossTheYear() {
        assertThat(p("2026-12").next()).isEqualTo(p("2027-01"));
        assertThat(p("2027-01").previous()).isEqualTo(p("2026-12"));
        assertThat(p("2026-Q4").next()).isEqualTo(p("2027-Q1"));
        assertThat(p("2026-Q1").previous()).isEqualTo(p("2025-Q4"));
        assertThat(p("2028-02").next().start()).hasToString("2028-03-01");
        assertThat(p("2028-03").previous().end()).as("a leap year's February").hasToString("2028-02-29");
        assertThat(p("2026-06").next()).isEqualTo(p("2026-07"));
        assertThat(p("2026-Q2").previous()).isEqualTo(p("2026-Q1"));
    }
}
