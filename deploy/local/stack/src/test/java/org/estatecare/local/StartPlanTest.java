package org.estatecare.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

class StartPlanTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final StartPlan plan = new StartPlan(new PrintStream(printed, true, StandardCharsets.UTF_8), false);
    private final List<String> events = new CopyOnWriteArrayList<>();

    @Test
    void aComponentStartsOnlyOnceEveryComponentItNeedsIsReady() {
        StartPlan.Step<String> broker = plan.add("broker", () -> {
            events.add("broker ready");
            return new StartPlan.Started<>("127.0.0.1:19092", "");
        });
        StartPlan.Step<String> database = plan.add("database", () -> {
            events.add("database ready");
            return new StartPlan.Started<>("mongodb://127.0.0.1:27101", "");
        });
        StartPlan.Step<String> service = plan.add("service", List.of(broker, database), () -> {
            events.add("service sees " + broker.value() + " and " + database.value());
            return new StartPlan.Started<>("http://127.0.0.1:8081", "");
        });

        plan.run();

        assertThat(events).last().isEqualTo("service sees 127.0.0.1:19092 and mongodb://127.0.0.1:27101");
        assertThat(service.value()).isEqualTo("http://127.0.0.1:8081");
    }

    @Test
    void componentsThatNeedNothingOfEachOtherStartSideBySide() {
        CountDownLatch bothStarting = new CountDownLatch(2);
        StartPlan.Action<String> meetsTheOther = () -> {
            bothStarting.countDown();
            // only ready when the other one is starting at the same time
            if (!bothStarting.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("started one after the other");
            }
            return new StartPlan.Started<>("ready", "");
        };
        plan.add("Keycloak", meetsTheOther);
        plan.add("estate-registry", meetsTheOther);

        plan.run();

        assertThat(bothStarting.getCount()).isZero();
    }

    @Test
    void eachComponentIsReportedAsItBecomesReadyNumberedInThatOrder() throws Exception {
        plan.add("slow", () -> {
            // ready only once the fast one has been reported (returning is not yet being reported)
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!printed.toString(StandardCharsets.UTF_8).contains("] fast") && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            return new StartPlan.Started<>("slow value", "pid 2");
        });
        plan.add("fast", () -> new StartPlan.Started<>(42, "pid 1"));

        plan.run();

        assertThat(printed.toString(StandardCharsets.UTF_8).lines().toList()).satisfiesExactly(
                first -> assertThat(first).startsWith("  [1/2] fast").containsPattern("ready in +\\d+\\.\\d s   pid 1$"),
                second -> assertThat(second).startsWith("  [2/2] slow").endsWith("slow value  pid 2"));
    }

    @Test
    void aFailingComponentFailsTheStartWithItsReasonAndWhatNeedsItNeverStarts() {
        AtomicBoolean dependentStarted = new AtomicBoolean();
        CountDownLatch neverReady = new CountDownLatch(1);
        StartPlan.Step<String> broker = plan.add("Kafka broker", () -> {
            throw new IllegalStateException("Kafka broker: port 19092 on 127.0.0.1 is already in use");
        });
        plan.add("estate-registry", List.of(broker), () -> {
            dependentStarted.set(true);
            return new StartPlan.Started<>("", "");
        });
        StartPlan.Step<String> keycloak = plan.add("Keycloak", () -> {
            neverReady.await();
            return new StartPlan.Started<>("", "");
        });

        assertThatThrownBy(plan::run).hasMessage("Kafka broker: port 19092 on 127.0.0.1 is already in use");

        plan.cancel(Duration.ofSeconds(5));
        // interrupted while starting, or never started
        assertThatThrownBy(() -> StartPlan.await(keycloak, 5)).isInstanceOf(Exception.class);
        assertThat(dependentStarted).isFalse();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Kafka broker").contains("FAILED")
                .doesNotContain("estate-registry").doesNotContain("Keycloak");
    }

    @Test
    void aCheckedFailureIsNamedAfterItsComponent() {
        plan.add("gateway", () -> {
            throw new java.io.IOException("jar unreadable");
        });

        assertThatThrownBy(plan::run).hasMessage("gateway: jar unreadable");
    }

    @Test
    void anOptionalComponentFailsAloneAndTheStartGoesOn() {
        StartPlan.Step<String> service = plan.add("service", () -> new StartPlan.Started<>("up", ""));
        StartPlan.Step<String> demo = plan.addOptional("demo data", List.of(service), () -> {
            throw new IllegalStateException("POST /api/estates: 503");
        });

        plan.run();

        assertThat(demo.failure()).hasValueSatisfying(e -> assertThat(e).hasMessage("POST /api/estates: 503"));
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("demo data").contains("FAILED");
    }

    @Test
    void aCancelledPlanStartsNothingMore() throws Exception {
        CountDownLatch starting = new CountDownLatch(1);
        AtomicBoolean laterStarted = new AtomicBoolean();
        StartPlan.Step<String> slow = plan.add("Keycloak", () -> {
            starting.countDown();
            Thread.sleep(60_000);
            return new StartPlan.Started<>("", "");
        });
        plan.add("demo data", List.of(slow), () -> {
            laterStarted.set(true);
            return new StartPlan.Started<>("", "");
        });
        Thread runner = new Thread(() -> {
            try {
                plan.run();
            } catch (RuntimeException expected) {
                events.add(expected.getClass().getSimpleName());
            }
        });
        runner.start();
        assertThat(starting.await(10, TimeUnit.SECONDS)).isTrue();

        plan.cancel(Duration.ofSeconds(5));
        runner.join(5_000);

        assertThat(runner.isAlive()).isFalse();
        assertThat(laterStarted).isFalse();
    }
}
