package org.estatecare.subsidies.run;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.estatecare.kit.metrics.BusinessGauges;
import org.estatecare.kit.metrics.BusinessGauges.Row;
import org.estatecare.kit.time.WorkingDayCalendar;
import org.springframework.stereotype.Component;

/**
 * The subsidy money for Grafana (R-SUB-2, R-SUB-3): {@code estatecare_subsidies_allocated_yuan{street}} and
 * {@code estatecare_subsidies_disbursed_yuan{street}}, what approved and paid runs of the current year's months give each
 * street; and {@code estatecare_subsidies_run_awaiting_approval_seconds}, how long the oldest computed run has waited for
 * its approval (0 when none waits), which the alert watches.
 */
@Component
class RunMetrics {

    RunMetrics(BusinessGauges gauges, Runs runs, Clock clock) {
        gauges.gauge("estatecare.subsidies.allocated.yuan", "subsidy approved (核拨) for the current year's months, by street",
                () -> byStreet(runs.everyRun(), year(clock), false));
        gauges.gauge("estatecare.subsidies.disbursed.yuan", "subsidy paid for the current year's months, by street",
                () -> byStreet(runs.everyRun(), year(clock), true));
        gauges.gauge("estatecare.subsidies.run.awaiting.approval.seconds",
                "how long the oldest computed allocation run has waited for the district's approval",
                () -> List.of(Row.of(awaiting(runs.everyRun(), clock.instant()))));
    }

    private static int year(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), WorkingDayCalendar.BEIJING).getYear();
    }

    static List<Row> byStreet(List<AllocationRun> runs, int year, boolean paidOnly) {
        Map<String, BigDecimal> totals = new TreeMap<>();
        for (AllocationRun run : runs) {
            // every street a run ever allocated to shows, zero in a year with nothing yet
            boolean counts = run.period().getYear() == year
                    && (paidOnly ? run.status() == RunStatus.DISBURSED : run.status() != RunStatus.COMPUTED);
            for (StreetPart street : run.streets()) {
                totals.merge(street.street(), counts ? street.total() : BigDecimal.ZERO, BigDecimal::add);
            }
        }
        List<Row> rows = new ArrayList<>();
        totals.forEach((street, total) -> rows.add(Row.of(total.doubleValue(), "street", street)));
        return rows;
    }

    static double awaiting(List<AllocationRun> runs, Instant now) {
        return runs.stream().filter(run -> run.status() == RunStatus.COMPUTED && run.computedAt() != null)
                .map(run -> Duration.between(run.computedAt(), now).toSeconds()).max(Long::compare).orElse(0L);
    }
}
