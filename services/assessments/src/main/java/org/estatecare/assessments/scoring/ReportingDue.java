package org.estatecare.assessments.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.estatecare.kit.domain.Violation;
import org.estatecare.kit.time.Quarter;
import org.estatecare.kit.time.WorkingDayCalendar;

/**
 * When a quarter's fee publication (R-AGR-4) and subsidy-use report (R-AGR-3) are due: that many working
 * days after the quarter's last day; a late one earns {@code lateScore}, a missing one 0.
 */
public record ReportingDue(int feePublicationWorkingDays, int subsidyReportWorkingDays, BigDecimal lateScore) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** About the working days of a quarter: a publication due later would report on the quarter after next. */
    static final int MOST_WORKING_DAYS = 60;

    public LocalDate feePublicationDue(Quarter quarter, WorkingDayCalendar calendar) {
        return calendar.addWorkingDays(quarter.lastDay(), feePublicationWorkingDays);
    }

    public LocalDate subsidyReportDue(Quarter quarter, WorkingDayCalendar calendar) {
        return calendar.addWorkingDays(quarter.lastDay(), subsidyReportWorkingDays);
    }

    /** The raw score of a publication, 2 decimals; empty when it is not due (the criterion is left out). */
    public Optional<BigDecimal> rawScore(ReportStatus status) {
        return switch (status) {
            case ON_TIME -> Optional.of(HUNDRED.setScale(2));
            case LATE -> Optional.of(lateScore.setScale(2, RoundingMode.HALF_UP));
            case MISSING -> Optional.of(BigDecimal.ZERO.setScale(2));
            case NOT_DUE -> Optional.empty();
        };
    }

    List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        if (feePublicationWorkingDays < 0 || subsidyReportWorkingDays < 0) {
            violations.add(SchemeRules.violation("due-days-negative", "a due date must not come before the quarter ends",
                    feePublicationWorkingDays + "/" + subsidyReportWorkingDays));
        } else if (feePublicationWorkingDays > MOST_WORKING_DAYS || subsidyReportWorkingDays > MOST_WORKING_DAYS) {
            violations.add(SchemeRules.violation("due-days-over-a-quarter",
                    "a quarter's publications fall due within the next quarter (" + MOST_WORKING_DAYS + " working days)",
                    feePublicationWorkingDays + "/" + subsidyReportWorkingDays));
        }
        if (lateScore == null) {
            violations.add(SchemeRules.violation("part-missing", "the reporting rule needs the score of a late report", "lateScore"));
        } else if (lateScore.signum() < 0 || lateScore.compareTo(HUNDRED) > 0) {
            violations.add(SchemeRules.violation("late-score-out-of-range", "the score of a late report must lie between 0 and 100",
                    lateScore.toPlainString()));
        }
        return violations;
    }
}
