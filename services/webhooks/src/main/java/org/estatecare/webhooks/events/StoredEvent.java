package org.estatecare.webhooks.events;

import java.time.Instant;

import org.springframework.data.annotation.Id;

/**
 * An event as learnt from its topic and as it is delivered: {@code body} is its CloudEvents JSON (structured mode),
 * already without what departments may not see. {@code key} is its Kafka key (the estate, for events about one), and
 * {@code partition}/{@code offset} its place in the topic: the order deliveries of one estate keep. Its id is the
 * CloudEvents id its producer gave it. Kept in the collection {@value EventLog#COLLECTION}.
 */
public record StoredEvent(@Id String eventId, String topic, int partition, long offset, String key, String type, String subject,
                          Instant time, String street, String category, String body, Instant receivedAt) {
}
