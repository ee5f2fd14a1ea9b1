package org.estatecare.kit.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.estatecare.events.EventContract;
import org.estatecare.events.EventJson;
import org.estatecare.kit.outbox.OutboxEvent;
import org.estatecare.events.ids.Identifier;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * Base of every aggregate: its id, the business {@code revision} clients see as the ETag, the
 * storage {@code version} that guards concurrent writes, and the events it recorded but that are not
 * yet published. Events live inside the aggregate's own document, so a state change and its events
 * are one MongoDB write; the outbox relay publishes and removes them.
 */
public abstract class Aggregate<ID extends Identifier> {

    /** Stored as the id's plain text: the {@code _id} every query and every event subject uses. */
    @Id
    private String id;

    /** Business revision: increases by one with every accepted command; exposed as ETag. */
    private long revision;

    /** Storage version for optimistic locking; also moved by the outbox relay. */
    @Version
    private Long version;

    /** Sequence of the last recorded event of this aggregate (CloudEvents extension {@code sequence}). */
    private long eventSequence;

    private List<OutboxEvent> outbox = new ArrayList<>();

    protected Aggregate() {
    }

    protected Aggregate(ID id) {
        this.id = id.value();
    }

    /** This aggregate's typed id. */
    public abstract ID id();

    /** The id as stored and published, for subclasses turning it back into their id type. */
    protected final String storedId() {
        return id;
    }

    public long revision() {
        return revision;
    }

    public long eventSequence() {
        return eventSequence;
    }

    /** Events recorded and not yet published, oldest first. */
    public List<OutboxEvent> pendingEvents() {
        return List.copyOf(outbox);
    }

    /**
     * Stands for the revision of a change that must name one but came without: the change is refused
     * with {@link RevisionRequiredException} when it reaches the aggregate (RFC 9110 §13.2.1: the answer
     * without the precondition — 403, 404 — comes first).
     */
    public static final long REVISION_REQUIRED = Long.MIN_VALUE;

    /** Throws {@link StaleVersionException} unless {@code expected} is the current revision. */
    public void requireRevision(long expected) {
        if (expected == REVISION_REQUIRED) {
            throw new RevisionRequiredException();
        }
        if (expected != revision) {
            throw new StaleVersionException(expected, revision);
        }
    }

    /** Marks an accepted command that changed state. */
    protected void changed() {
        revision++;
    }

    /** Records an accepted command's event; it is published after this aggregate is saved. */
    protected <T extends Record> void record(EventContract<T> contract, T payload, Instant at) {
        record(contract, payload, at, partitionKey());
    }

    /**
     * Records an accepted command's event under an explicit Kafka key: for an aggregate whose one command announces
     * something to several keys (a meeting's minutes to each estate on its agenda).
     */
    protected <T extends Record> void record(EventContract<T> contract, T payload, Instant at, String key) {
        changed();
        eventSequence++;
        outbox.add(OutboxEvent.recorded(contract.topic(), contract.type(), key, id, eventSequence, at, EventJson.write(payload)));
    }

    /** The Kafka key of this aggregate's events: its own id unless its events belong with another's (an estate's). */
    protected String partitionKey() {
        return id;
    }
}
