package org.estatecare.complaints.statistics;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.estatecare.complaints.complaint.Complaint;
import org.estatecare.complaints.complaint.Complaints;
import org.estatecare.kit.metrics.BusinessGauges;
import org.estatecare.kit.metrics.BusinessGauges.Row;
import org.springframework.stereotype.Component;

/**
 * Complaints by street for Grafana: {@code estatecare_complaints_open}, {@code estatecare_complaints_overdue}
 * (open and past the resolve-by day), and {@code estatecare_complaints_resolved_recent{on_time}} (resolved
 * in the last 30 days) from which dashboards derive the on-time rate.
 */
@Component
class ComplaintMetrics {

    static final Duration RECENT = Duration.ofDays(30);

    ComplaintMetrics(BusinessGauges gauges, Complaints complaints, Clock clock) {
        gauges.gauge("estatecare.complaints.open", "open complaints (assigned or in progress) by street",
                () -> perStreet(complaints.openByStreet(null)));
        gauges.gauge("estatecare.complaints.overdue", "open complaints past their resolve-by day, by street",
                () -> perStreet(complaints.openByStreet(Complaint.today(clock.instant()))));
        gauges.gauge("estatecare.complaints.resolved.recent", "complaints resolved in the last 30 days, by street and on time",
                () -> {
                    List<Row> rows = new ArrayList<>();
                    complaints.resolvedByStreetSince(clock.instant().minus(RECENT)).forEach((street, byOnTime) ->
                            byOnTime.forEach((onTime, count) -> rows.add(Row.of(count, "street", street, "on_time", onTime.toString()))));
                    return rows;
                });
    }

    private static List<Row> perStreet(java.util.Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> Row.of(e.getValue(), "street", e.getKey())).toList();
    }
}
