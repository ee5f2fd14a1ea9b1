package org.estatecare.kit.outbox;

import java.time.Instant;

/**
 * An event waiting in its aggregate's document to be published: CloudEvents attributes plus the
 * payload as JSON (already in its wire format, so the relay needs no knowledge of payload types).
 */
public record OutboxEvent(String id, String topic, String type, String subject, long sequence, Instant time,
                          String payload) {
}
