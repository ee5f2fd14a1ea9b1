package org.estatecare.kit.outbox;

import java.time.Instant;
import java.util.UUID;

/**
 * An event waiting in its aggregate's document to be published: CloudEvents attributes plus the
 * payload as JSON (already in its wire format, so the relay needs no knowledge of payload types).
 * The CloudEvents id is {@code eventId}: a field named {@code id} would be stored as {@code _id}.
 * {@code key} is the Kafka record key (the estate id on every topic, so one estate's events stay in
 * order); {@code subject} is the aggregate the event is about. {@code traceparent} is the W3C trace
 * context of the work that recorded it (none outside a trace, and in events stored before traces).
 */
public record OutboxEvent(String eventId, String topic, String type, String key, String subject, long sequence,
                          Instant time, String payload, String traceparent) {

    /** An event recorded by the work running now: a new id, and that work's trace to publish it in. */
    public static OutboxEvent recorded(String topic, String type, String key, String subject, long sequence, Instant time,
                                       String payload) {
        return new OutboxEvent(UUID.randomUUID().toString(), topic, type, key, subject, sequence, time, payload,
                EventTrace.current());
    }
}
