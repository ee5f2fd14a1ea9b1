package org.estatecare.assessments.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.estatecare.kit.time.Quarter;
import org.estatecare.kit.time.WorkingDayCalendar;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReportingDueTest {

    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.fromClasspath(2026);
    static final ReportingDue DUE = SchemeRules.districtDefault().reportingDue();

    @Test
    @DisplayName("R-AGR-4: a quarter's fee publication is due ten working days after its last day, Qingming skipped")
    void feePublicationDueAfterQingming() {
        // 2026-03-31 is a Tuesday; 4–6 April are Qingming days off
        assertThat(DUE.feePublicationDue(Quarter.parse("2026-Q1"), CALENDAR)).isEqualTo(LocalDate.of(2026, 4, 15));
    }

    @Test
    @DisplayName("R-AGR-3: a quarter's subsidy-use report is due fifteen working days after its last day")
    void subsidyReportDue() {
        assertThat(DUE.subsidyReportDue(Quarter.parse("2026-Q1"), CALENDAR)).isEqualTo(LocalDate.of(2026, 4, 22));
    }

    @Test
    @DisplayName("R-AGR-4: the due date counts the National Day make-up Saturday and skips the holiday")
    void dueAfterNationalDay() {
        // 1–7 October off, Saturday 10 October a working day
        assertThat(DUE.feePublicationDue(Quarter.parse("2026-Q3"), CALENDAR)).isEqualTo(LocalDate.of(2026, 10, 20));
        assertThat(DUE.subsidyReportDue(Quarter.parse("2026-Q3"), CALENDAR)).isEqualTo(LocalDate.of(2026, 10, 27));
    }

    @Test
    @DisplayName("R-AGR-3: a report on its due date is on time, a day later late, none by then missing")
    void statusByTheDueDate() {
        LocalDate due = LocalDate.of(2026, 4, 22);

        assertThat(ReportStatus.of(due, Optional.of(due), due.plusDays(30))).isEqualTo(ReportStatus.ON_TIME);
        assertThat(ReportStatus.of(due, Optional.of(due.plusDays(1)), due.plusDays(30))).isEqualTo(ReportStatus.LATE);
        assertThat(ReportStatus.of(due, Optional.empty(), due)).isEqualTo(ReportStatus.NOT_DUE);
        assertThat(ReportStatus.of(due, Optional.empty(), due.plusDays(1))).isEqualTo(ReportStatus.MISSING);
    }

    @Test
    void rawScoresOfPublications() {
        ReportingDue due = new ReportingDue(10, 15, new BigDecimal("62.5"));

        assertThat(due.rawScore(ReportStatus.ON_TIME)).contains(new BigDecimal("100.00"));
        assertThat(due.rawScore(ReportStatus.LATE)).contains(new BigDecimal("62.50"));
        assertThat(due.rawScore(ReportStatus.MISSING)).contains(new BigDecimal("0.00"));
        assertThat(due.rawScore(ReportStatus.NOT_DUE)).isEmpty();
    }
}
