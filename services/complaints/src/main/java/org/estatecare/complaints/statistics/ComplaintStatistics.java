package org.estatecare.complaints.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.estatecare.complaints.complaint.Complaint;
import org.estatecare.complaints.complaint.ComplaintStatus;

/** The figures of one group of complaints; rates and averages are empty where nothing counts yet. */
public final class ComplaintStatistics {

    /** What to group by. */
    public enum GroupBy {
        STREET(c -> c.estate().street()),
        COMMUNITY(c -> c.estate().community()),
        ESTATE(c -> c.estate().estateId().value()),
        CATEGORY(c -> c.category().name());

        private final Function<Complaint, String> key;

        GroupBy(Function<Complaint, String> key) {
            this.key = key;
        }
    }

    /**
     * @param received         complaints filed in the period, repeats not counted (they were linked)
     * @param repeats          repeats linked to an open complaint
     * @param open             still with a handler
     * @param overdue          open and past their resolve-by day
     * @param resolved         resolved or closed
     * @param onTimeRate       share of the resolved that met their deadlines (0–1, two decimals): every handler along
     *                         the chain finished its step by that step's deadline; an escalation after a missed
     *                         deadline does not give the next handler a fresh clock for this figure
     * @param companyOnTimeRate share of the complaints whose service company finished its own step (resolved or
     *                         escalated it) by its deadline, among those where the company's step is over (0–1)
     * @param companyJudged    how many complaints the company's rate is of
     * @param medianHoursToResolve median from filing to resolution, in hours
     * @param satisfaction     mean of the complainants' 1–5 verdicts (two decimals)
     * @param rated            how many verdicts the mean is of
     */
    public record Row(String group, long received, long repeats, long open, long overdue, long resolved,
                      BigDecimal onTimeRate, BigDecimal companyOnTimeRate, long companyJudged,
                      BigDecimal medianHoursToResolve, BigDecimal satisfaction, long rated) {
    }

    private ComplaintStatistics() {
    }

    public static List<Row> of(List<Complaint> complaints, GroupBy groupBy, Instant now) {
        Map<String, List<Complaint>> groups = new TreeMap<>();
        for (Complaint complaint : complaints) {
            groups.computeIfAbsent(groupBy.key.apply(complaint), k -> new ArrayList<>()).add(complaint);
        }
        List<Row> rows = new ArrayList<>();
        groups.forEach((group, members) -> rows.add(row(group, members, now)));
        return rows;
    }

    static Row row(String group, List<Complaint> members, Instant now) {
        long repeats = members.stream().filter(c -> c.status() == ComplaintStatus.DUPLICATE).count();
        List<Complaint> routed = members.stream().filter(c -> c.status() != ComplaintStatus.DUPLICATE).toList();
        long open = routed.stream().filter(c -> c.status().isOpen()).count();
        long overdue = routed.stream().filter(c -> c.isOverdue(now)).count();
        List<Complaint> resolved = routed.stream().filter(c -> c.resolvedAt().isPresent()).toList();
        long onTime = resolved.stream().filter(c -> c.resolvedOnTime().orElse(false)).count();
        List<Long> minutes = resolved.stream()
                .map(c -> Duration.between(c.filedAt(), c.resolvedAt().orElseThrow()).toMinutes()).sorted().toList();
        List<Integer> verdicts = routed.stream().flatMap(c -> c.satisfaction().stream()).toList();
        List<Boolean> company = routed.stream().flatMap(c -> c.companyOnTime().stream()).toList();
        long companyOnTime = company.stream().filter(Boolean::booleanValue).count();
        return new Row(group, routed.size(), repeats, open, overdue, resolved.size(),
                resolved.isEmpty() ? null : ratio(onTime, resolved.size()),
                company.isEmpty() ? null : ratio(companyOnTime, company.size()), company.size(),
                minutes.isEmpty() ? null : median(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP),
                verdicts.isEmpty() ? null : ratio(verdicts.stream().mapToLong(Integer::longValue).sum(), verdicts.size()),
                verdicts.size());
    }

    private static BigDecimal ratio(long part, long whole) {
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal median(List<Long> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? BigDecimal.valueOf(sorted.get(n / 2))
                : BigDecimal.valueOf(sorted.get(n / 2 - 1) + sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
    }
}
