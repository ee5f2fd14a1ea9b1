package org.estatecare.kit.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Error handling of every listener: a failing record is retried a bounded number of times, then
 * published to {@code <topic>.dlt} (with the failure in its headers) and counted in
 * {@code estatecare_events_dead_lettered_total}; the consumer moves on.
 */
public final class DeadLetters {

    public static final String SUFFIX = ".dlt";
    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private DeadLetters() {
    }

    public static DefaultErrorHandler errorHandler(KafkaTemplate<String, String> template, MeterRegistry meters,
                                                   long retryIntervalMillis, long retries) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
                (record, failure) -> new TopicPartition(record.topic() + SUFFIX, -1));
        DefaultErrorHandler handler = new DefaultErrorHandler((record, failure) -> {
            recoverer.accept(record, failure);
            counter(meters, record.topic()).increment();
            log.warn("event dead-lettered: topic={} partition={} offset={} key={} cause={}", record.topic(),
                    record.partition(), record.offset(), record.key(), failure.getMessage());
        }, new FixedBackOff(retryIntervalMillis, retries));
        return handler;
    }

    /**
     * The count of events of {@code topic} sent to its DLT. Registered at zero for every consumed topic
     * when listeners start ({@code KitAutoConfiguration}), so "nothing dead-lettered" is a series, not an
     * absence.
     */
    public static Counter counter(MeterRegistry meters, String topic) {
        return Counter.builder("estatecare.events.dead.lettered").tag("topic", topic)
                .description("events that failed every retry and went to the DLT").register(meters);
    }
}
