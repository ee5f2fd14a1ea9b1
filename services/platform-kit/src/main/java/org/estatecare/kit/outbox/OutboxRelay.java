package org.estatecare.kit.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.context.Scope;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.estatecare.events.CloudEventAttributes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes the events waiting in aggregate documents. Per aggregate, events go out in sequence
 * order and are removed only after the broker acknowledged all of them; if the broker is away, the
 * round stops and the events wait (the API keeps accepting writes). Removing a published event moves
 * the aggregate's storage version, so a writer that loaded it before retries on fresh state and can
 * never write the published event back. Each event is published in the trace it was recorded in.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, String> kafka;
    private final Supplier<Set<String>> collections;
    private final OutboxProperties properties;
    private final String source;
    private final Clock clock;
    private final RelayLease lease;
    private final Counter published;
    private final Counter failures;
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestPendingMillis = new AtomicLong();
    private volatile Thread worker;
    private volatile boolean running;

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, Supplier<Set<String>> collections,
                       OutboxProperties properties, String source, Clock clock, MeterRegistry meters) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.collections = collections;
        this.properties = properties;
        this.source = source;
        this.clock = clock;
        this.lease = new RelayLease(mongo, clock, properties.lease());
        this.published = Counter.builder("estatecare.outbox.published").description("events published by the outbox relay")
                .register(meters);
        this.failures = Counter.builder("estatecare.outbox.publish.failures")
                .description("relay rounds that stopped because the broker did not acknowledge").register(meters);
        Gauge.builder("estatecare.outbox.backlog", backlog, AtomicLong::get)
                .description("events recorded and not yet published").register(meters);
        Gauge.builder("estatecare.outbox.relay.lag", oldestPendingMillis, v -> v.get() / 1000.0).baseUnit("seconds")
                .description("age of the oldest unpublished event").register(meters);
    }

    /** One relay round: publishes what is pending; returns how many events went out. */
    public int relayOnce() {
        if (!lease.acquire()) {
            return 0;
        }
        int sent = 0;
        long pending = 0;
        Instant oldest = null;
        boolean brokerAway = false;
        for (String collection : collections.get()) {
            Query query = Query.query(Criteria.where("outbox.0").exists(true)).limit(properties.batchSize());
            query.fields().include("_id").include("outbox");
            query.with(Sort.by("_id"));
            for (Document aggregate : mongo.find(query, Document.class, collection)) {
                List<Document> events = aggregate.getList("outbox", Document.class);
                int done = brokerAway ? -1 : publish(collection, aggregate.get("_id"), events);
                if (done < 0) {
                    brokerAway = true;
                    pending += events.size();
                    Instant first = events.get(0).getDate("time").toInstant();
                    oldest = oldest == null || first.isBefore(oldest) ? first : oldest;
                } else {
                    sent += done;
                }
            }
        }
        backlog.set(pending);
        oldestPendingMillis.set(pending == 0 ? 0 : Duration.between(oldest, clock.instant()).toMillis());
        return sent;
    }

    /** Publishes one aggregate's events in order; their count, or -1 when the broker did not acknowledge. */
    private int publish(String collection, Object aggregateId, List<Document> events) {
        List<Document> ordered = new ArrayList<>(events);
        ordered.sort((a, b) -> Long.compare(sequence(a), sequence(b)));
        List<CompletableFuture<?>> acks = new ArrayList<>();
        try {
            for (Document event : ordered) {
                // in the trace of the work that recorded it: the template's observation makes the producer span
                // a child of that work and writes the record's traceparent, so the consumer's span follows on
                try (Scope trace = EventTrace.of(event.getString(EventTrace.TRACEPARENT)).makeCurrent()) {
                    acks.add(kafka.send(record(event)));
                }
            }
            // the producer fails every record within send-timeout (its delivery timeout); the margin
            // only covers scheduling, so a future still open here would be a bug, not a slow broker
            CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new))
                    .get(properties.sendTimeout().toMillis() + 2_000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        } catch (Exception e) {
            failures.increment();
            log.warn("relay paused: broker did not acknowledge {} event(s) of {} {}: {}", ordered.size(), collection,
                    aggregateId, e.getMessage());
            return -1;
        }
        List<String> ids = ordered.stream().map(e -> e.getString("eventId")).toList();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(aggregateId)),
                new Update().pull("outbox", Query.query(Criteria.where("eventId").in(ids))).inc("version", 1), collection);
        published.increment(ids.size());
        return ids.size();
    }

    private ProducerRecord<String, String> record(Document event) {
        var attributes = new CloudEventAttributes(event.getString("eventId"), source, event.getString("type"),
                event.getString("subject"), sequence(event), event.getDate("time").toInstant());
        String key = event.getString("key") != null ? event.getString("key") : event.getString("subject");
        var record = new ProducerRecord<String, String>(event.getString("topic"), key, event.getString("payload"));
        attributes.toHeaders().forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    private static long sequence(Document event) {
        return ((Number) event.get("sequence")).longValue();
    }

    @Override
    public void start() {
        running = true;
        worker = new Thread(this::loop, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    /** Polls while there is nothing to do; backs off (up to 32 poll intervals) while the broker is away. */
    private void loop() {
        int idleRounds = 0;
        while (running) {
            int sent = 0;
            try {
                long failedBefore = (long) failures.count();
                sent = relayOnce();
                if (sent > 0) {
                    log.info("relay published {} events", sent);
                }
                idleRounds = (long) failures.count() > failedBefore ? Math.min(idleRounds + 1, 5) : 0;
            } catch (RuntimeException e) {
                log.warn("relay round failed, retrying: {}", e.getMessage());
                idleRounds = Math.min(idleRounds + 1, 5);
            }
            if (sent == 0 || idleRounds > 0) {
                try {
                    Thread.sleep(properties.pollInterval().toMillis() << idleRounds);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public void stop() {
        running = false;
        Thread w = worker;
        if (w != null) {
            w.interrupt();
            try {
                w.join(properties.sendTimeout().toMillis() + 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            lease.release();
        } catch (RuntimeException e) {
            log.debug("lease not released: {}", e.getMessage());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops after the web server (so in-flight writes still get their events relayed), before Mongo closes. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 2048;
    }
}
