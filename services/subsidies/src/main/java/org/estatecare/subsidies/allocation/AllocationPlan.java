package org.estatecare.subsidies.allocation;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a run of {@code period} allocates: its lines (regular and adjustments) and the eligible days that earned nothing. */
public record AllocationPlan(YearMonth period, List<PlannedLine> lines, List<Gap> gaps) {

    public AllocationPlan {
        lines = List.copyOf(lines);
        gaps = List.copyOf(gaps);
    }

    /** The sum of every line. */
    public BigDecimal total() {
        return lines.stream().map(PlannedLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The sum of the lines of each street, by street code. */
    public Map<String, BigDecimal> totalsByStreet() {
        Map<String, BigDecimal> totals = new TreeMap<>();
        lines.forEach(line -> totals.merge(line.street(), line.amount(), BigDecimal::add));
        return totals;
    }
}
