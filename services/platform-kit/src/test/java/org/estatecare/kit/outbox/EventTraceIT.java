package org.estatecare.kit.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.estatecare.events.EventContract;
import org.estatecare.events.ids.Identifier;
import org.estatecare.kit.domain.Aggregate;
import org.estatecare.kit.inbox.InboundEvent;
import org.estatecare.kit.persistence.AggregateStore;
import org.estatecare.testing.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An event goes out later, from the relay's own thread, yet in the trace of the work that recorded it: the
 * producer's span is a child of that work and the consumer's span a child of the producer's, one trace from the
 * command to the consumer. An event recorded outside any trace begins its own at publication.
 */
@SpringBootTest(classes = EventTraceIT.TracedApp.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class EventTraceIT {

    static final TestInfrastructure INFRA = TestInfrastructure.shared();
    static final String TOPIC = "kit-trace-test.v1";
    static final EventContract<Happened> HAPPENED = new EventContract<>(TOPIC, "kit.thing.happened", Happened.class);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        INFRA.serviceProperties("kit-trace-it").forEach((key, value) -> registry.add(key, () -> value));
        registry.add("spring.application.name", () -> "kit-trace-it");
        registry.add("spring.kafka.consumer.group-id", () -> "kit-trace-it-" + System.nanoTime());
        registry.add("management.tracing.sampling.probability", () -> "1.0");
        registry.add("management.opentelemetry.tracing.export.schedule-delay", () -> "100ms");
    }

    record ThingId(String value) implements Identifier {
    }

    record Happened(String what) {
    }

    @org.springframework.data.mongodb.core.mapping.Document("kit_traced_things")
    static class Thing extends Aggregate<ThingId> {

        Thing() {
        }

        Thing(ThingId id) {
            super(id);
            record(HAPPENED, new Happened("registered"), Instant.now());
        }

        @Override
        public ThingId id() {
            return new ThingId(storedId());
        }
    }

    @Component
    static class Things extends AggregateStore<Thing, ThingId> {
        Things(MongoTemplate mongo) {
            super(mongo, Thing.class, "thing");
        }
    }

    /** The consumer's work: the trace context its listener runs in, per event subject. */
    @Component
    static class Consumer {
        final Map<String, TraceContext> contexts = new ConcurrentHashMap<>();
        private final Tracer tracer;

        Consumer(Tracer tracer) {
            this.tracer = tracer;
        }

        @KafkaListener(topics = TOPIC)
        void on(ConsumerRecord<String, String> record) {
            contexts.put(InboundEvent.from(record).subject(), tracer.currentSpan().context());
        }
    }

    /** Every finished span, as a tracing backend would receive it. */
    static class Collected implements SpanExporter {
        final List<SpanData> spans = new CopyOnWriteArrayList<>();

        @Override
        public CompletableResultCode export(Collection<SpanData> batch) {
            spans.addAll(batch);
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode flush() {
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode shutdown() {
            return CompletableResultCode.ofSuccess();
        }

        Optional<SpanData> span(String spanId) {
            return spans.stream().filter(s -> s.getSpanId().equals(spanId)).findFirst();
        }
    }

    @SpringBootApplication
    @Import({Things.class, Consumer.class})
    static class TracedApp {
        @Bean
        Collected collected() {
            return new Collected();
        }
    }

    @Autowired
    Things things;
    @Autowired
    Consumer consumer;
    @Autowired
    Collected collected;
    @Autowired
    Tracer tracer;

    @Test
    void theConsumersWorkIsAChildOfTheProducerWhichIsAChildOfTheWorkThatRecordedTheEvent() {
        String id = "traced-" + System.nanoTime();
        Span command = tracer.nextSpan().name("register thing").start();
        try (Tracer.SpanInScope scope = tracer.withSpan(command)) {
            things.add(new Thing(new ThingId(id)));
        } finally {
            command.end();
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> consumer.contexts.containsKey(id));
        TraceContext consumed = consumer.contexts.get(id);
        assertThat(consumed.traceId()).as("one trace from the command to the consumer").isEqualTo(command.context().traceId());

        await().atMost(Duration.ofSeconds(30)).until(() -> collected.span(consumed.spanId()).isPresent());
        SpanData consumerSpan = collected.span(consumed.spanId()).orElseThrow();
        assertThat(consumerSpan.getKind()).isEqualTo(SpanKind.CONSUMER);
        await().atMost(Duration.ofSeconds(30)).until(() -> collected.span(consumerSpan.getParentSpanId()).isPresent());
        SpanData producerSpan = collected.span(consumerSpan.getParentSpanId()).orElseThrow();
        assertThat(producerSpan.getKind()).isEqualTo(SpanKind.PRODUCER);
        assertThat(producerSpan.getParentSpanId()).as("the relay published in the command's trace")
                .isEqualTo(command.context().spanId());
    }

    @Test
    void anEventRecordedOutsideAnyTraceBeginsOneWhenItIsPublished() {
        String id = "untraced-" + System.nanoTime();
        Thing thing = new Thing(new ThingId(id));
        assertThat(thing.pendingEvents()).singleElement().extracting(OutboxEvent::traceparent).isNull();
        things.add(thing);

        await().atMost(Duration.ofSeconds(60)).until(() -> consumer.contexts.containsKey(id));
        TraceContext consumed = consumer.contexts.get(id);
        await().atMost(Duration.ofSeconds(30)).until(() -> collected.span(consumed.spanId()).isPresent());
        SpanData consumerSpan = collected.span(consumed.spanId()).orElseThrow();
        await().atMost(Duration.ofSeconds(30)).until(() -> collected.span(consumerSpan.getParentSpanId()).isPresent());
        SpanData producerSpan = collected.span(consumerSpan.getParentSpanId()).orElseThrow();
        assertThat(producerSpan.getParentSpanContext().isValid()).as("the producer's span is the trace's root").isFalse();
    }
}
