package org.estatecare.kit.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class BusinessGaugesTest {

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void eachRefreshReplacesTheSeriesAndAFailingCountKeepsTheLastValues() {
        AtomicReference<List<BusinessGauges.Row>> rows = new AtomicReference<>(List.of(
                BusinessGauges.Row.of(3, "street", "chunhua", "status", "INCLUDED"),
                BusinessGauges.Row.of(1, "street", "dongxin", "status", "EXITED")));
        try (BusinessGauges gauges = new BusinessGauges(meters, Duration.ofHours(1))) {
            gauges.gauge("estatecare.estates", "estates", () -> {
                List<BusinessGauges.Row> now = rows.get();
                if (now == null) {
                    throw new IllegalStateException("database away");
                }
                return now;
            });
            gauges.refresh();
            assertThat(meters.get("estatecare.estates").tag("street", "chunhua").gauge().value()).isEqualTo(3);
            assertThat(meters.get("estatecare.estates").gauges()).hasSize(2);

            rows.set(List.of(BusinessGauges.Row.of(4, "street", "chunhua", "status", "INCLUDED")));
            gauges.refresh();
            assertThat(meters.get("estatecare.estates").tag("street", "chunhua").gauge().value()).isEqualTo(4);
            assertThat(meters.find("estatecare.estates").tag("street", "dongxin").gauge()).isNull();

            rows.set(null);
            gauges.refresh();
            assertThat(meters.get("estatecare.estates").tag("street", "chunhua").gauge().value()).isEqualTo(4);
        }
    }
}
