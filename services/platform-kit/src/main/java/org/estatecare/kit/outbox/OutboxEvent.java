package org.estatecare.kit.outbox;

import java.time.Instant;

/**
 * An event waiting in its aggregate's document to be published: CloudEvents attributes plus the
 * payload as JSON (already in its wire format, so the relay needs no knowledge of payload types).
 * The CloudEvents id is {@code eventId}: a field named {@code id} would be stored as {@code _id}.
 * {@code key} is the Kafka record key (the estate id on every topic, so one estate's events stay in
 * order); {@code subject} is the aggregate the event is about.
 */
public record OutboxEvent(String eventId, String topic, String type, String key, String subject, long sequence,
                          Instant time, String payload) {
}
