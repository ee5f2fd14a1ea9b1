package org.estatecare.events;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The CloudEvents 1.0 context attributes of one event, in Kafka protocol binding binary mode: each
 * attribute is a record header {@code ce_<name>}, the payload is the record value, the estate (or
 * other aggregate) id is the record key and {@code subject}. {@code sequence} is the per-aggregate
 * order consumers use to drop redelivered or stale events.
 */
public record CloudEventAttributes(String id, String source, String type, String subject, long sequence, Instant time) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/json";

    public CloudEventAttributes {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(time, "time");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1, was " + sequence);
        }
    }

    /** Header name → value, as written on a Kafka record. */
    public Map<String, String> toHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_specversion", SPEC_VERSION);
        headers.put("ce_id", id);
        headers.put("ce_source", source);
        headers.put("ce_type", type);
        headers.put("ce_subject", subject);
        headers.put("ce_time", time.toString());
        headers.put("ce_sequence", Long.toString(sequence));
        headers.put("content-type", CONTENT_TYPE);
        return headers;
    }

    /** Reads the attributes back from record headers; fails naming the first missing attribute. */
    public static CloudEventAttributes fromHeaders(Map<String, String> headers) {
        return new CloudEventAttributes(
                required(headers, "ce_id"),
                required(headers, "ce_source"),
                required(headers, "ce_type"),
                required(headers, "ce_subject"),
                Long.parseLong(required(headers, "ce_sequence")),
                Instant.parse(required(headers, "ce_time")));
    }

    private static String required(Map<String, String> headers, String name) {
        String value = headers.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("CloudEvent header missing: " + name);
        }
        return value;
    }
}
