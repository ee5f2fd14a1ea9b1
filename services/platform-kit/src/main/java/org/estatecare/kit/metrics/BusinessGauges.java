package org.estatecare.kit.metrics;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gauges of business state (estates by street and status, open complaints, agreements by status)
 * counted in the service's own database every {@code interval}, off the request path. Every replica
 * counts the same database, so dashboards aggregate them with {@code max by (…)}, not {@code sum}.
 */
public class BusinessGauges implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BusinessGauges.class);

    /** One series: its tags and its value. */
    public record Row(Tags tags, double value) {

        public static Row of(double value, String... keyValues) {
            return new Row(Tags.of(keyValues), value);
        }
    }

    private final MeterRegistry meters;
    private final Map<MultiGauge, Supplier<List<Row>>> gauges = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "business-gauges");
        thread.setDaemon(true);
        return thread;
    });

    public BusinessGauges(MeterRegistry meters, Duration interval) {
        this.meters = meters;
        scheduler.scheduleWithFixedDelay(this::refresh, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Registers a gauge whose series {@code rows} computes; the first values arrive with the next refresh. */
    public void gauge(String name, String description, Supplier<List<Row>> rows) {
        gauges.put(MultiGauge.builder(name).description(description).register(meters), rows);
        scheduler.execute(this::refresh);
    }

    /**
     * Counts everything again; a failing count keeps its last values and is retried next time. One
     * refresh at a time: a slower one started earlier must not write older counts over newer ones.
     */
    public synchronized void refresh() {
        gauges.forEach((gauge, rows) -> {
            try {
                gauge.register(rows.get().stream().map(row -> MultiGauge.Row.of(row.tags(), row.value())).toList(), true);
            } catch (RuntimeException e) {
                log.warn("business gauge not refreshed: {}", e.toString());
            }
        });
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
