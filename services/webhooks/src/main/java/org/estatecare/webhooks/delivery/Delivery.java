package org.estatecare.webhooks.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One event for one subscription, and every attempt to deliver it. Deliveries of one subscription and estate
 * ({@code orderKey}) go one at a time in the order of the topic ({@code partition}, {@code offset}): the next waits until
 * this one is delivered or has failed for good.
 */
@Document("delivery")
public class Delivery {

    public enum Status { PENDING, DELIVERED, FAILED }

    /** One attempt: when, the answer's status (0 when none came), how long it took, and what went wrong. */
    public record Attempt(Instant at, int status, long millis, String error) {
    }

    @Id
    private DeliveryId id;
    private String subscriptionId;
    private String eventId;
    private String type;
    private String subject;
    private String orderKey;
    private int partition;
    private long offset;
    private boolean replay;
    private Status status;
    private List<Attempt> attempts = new ArrayList<>();
    private Instant nextAttemptAt;
    private Instant leaseUntil;
    private Instant createdAt;

    protected Delivery() {
    }

    Delivery(DeliveryId id, String subscriptionId, String eventId, String type, String subject, String key, int partition,
             long offset, boolean replay, Instant now) {
        this.id = id;
        this.subscriptionId = subscriptionId;
        this.eventId = eventId;
        this.type = type;
        this.subject = subject;
        this.orderKey = subscriptionId + "|" + (key == null ? "" : key);
        this.partition = partition;
        this.offset = offset;
        this.replay = replay;
        this.status = Status.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    public DeliveryId id() {
        return id;
    }

    public String subscriptionId() {
        return subscriptionId;
    }

    public String eventId() {
        return eventId;
    }

    public String type() {
        return type;
    }

    public String subject() {
        return subject;
    }

    public String orderKey() {
        return orderKey;
    }

    public long offset() {
        return offset;
    }

    public int partition() {
        return partition;
    }

    public boolean replay() {
        return replay;
    }

    public Status status() {
        return status;
    }

    public List<Attempt> attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
