package org.estatecare.complaints.statistics;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.estatecare.complaints.complaint.Complaints;
import org.estatecare.kit.metrics.BusinessGauges;
import org.estatecare.kit.inbox.EstateTimelines;
import org.estatecare.kit.metrics.BusinessGauges.Row;
import org.springframework.stereotype.Component;

/**
 * Complaints by street for Grafana: {@code estatecare_complaints_open}, {@code estatecare_complaints_overdue}
 * (open and past the resolve deadline: the end of the resolve-by day, or the hour for hour steps), and
 * {@code estatecare_complaints_resolved_recent{on_time}} (resolved in the last 30 days) from which dashboards
 * derive the on-time rate. {@code on_time} is the complaint's: every handler along its chain finished its step
 * by that step's deadline — an escalation after a missed deadline does not restart the clock, so a complaint
 * resolved quickly by the next handler still counts as late.
 */
@Component
class ComplaintMetrics {

    static final Duration RECENT = Duration.ofDays(30);
    /** Shorter than any refresh interval: the three gauges of one refresh share one read of the streets. */
    static final Duration STREETS_KEPT = Duration.ofSeconds(5);

    ComplaintMetrics(BusinessGauges gauges, Complaints complaints, EstateTimelines estates, Clock clock) {
        Supplier<List<String>> known = new Recent<>(estates::streets, STREETS_KEPT);
        gauges.gauge("estatecare.complaints.open", "open complaints (assigned or in progress) by street",
                () -> perStreet(known.get(), complaints.openByStreet(null)));
        gauges.gauge("estatecare.complaints.overdue", "open complaints past their resolve-by day, by street",
                () -> perStreet(known.get(), complaints.openByStreet(clock.instant())));
        gauges.gauge("estatecare.complaints.resolved.recent", "complaints resolved in the last 30 days, by street and on time",
                () -> {
                    Map<String, Map<Boolean, Long>> resolved = complaints.resolvedByStreetSince(clock.instant().minus(RECENT));
                    List<Row> rows = new ArrayList<>();
                    for (String street : streets(known.get(), resolved.keySet())) {
                        for (boolean onTime : new boolean[] {true, false}) {
                            long count = resolved.getOrDefault(street, Map.of()).getOrDefault(onTime, 0L);
                            rows.add(Row.of(count, "street", street, "on_time", Boolean.toString(onTime)));
                        }
                    }
                    return rows;
                });
    }

    /** A value read again only once it is older than {@code kept}. */
    private static final class Recent<T> implements Supplier<T> {

        private final Supplier<T> read;
        private final long keptNanos;
        private T value;
        private long readAt;

        Recent(Supplier<T> read, Duration kept) {
            this.read = read;
            this.keptNanos = kept.toNanos();
        }

        @Override
        public synchronized T get() {
            long now = System.nanoTime();
            if (value == null || now - readAt > keptNanos) {
                value = read.get();
                readAt = now;
            }
            return value;
        }
    }

    /** Every known street, zero where nothing counts: "no overdue complaints" is a 0, not a missing series. */
    private static List<Row> perStreet(List<String> known, Map<String, Long> counts) {
        return streets(known, counts.keySet()).stream().map(street -> Row.of(counts.getOrDefault(street, 0L), "street", street)).toList();
    }

    private static Set<String> streets(List<String> known, Set<String> counted) {
        Set<String> streets = new TreeSet<>(counted);
        known.stream().filter(java.util.Objects::nonNull).forEach(streets::add);
        return streets;
    }
}
