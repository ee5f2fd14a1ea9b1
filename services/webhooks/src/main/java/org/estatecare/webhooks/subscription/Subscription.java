package org.estatecare.webhooks.subscription;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A department's endpoint and the events it wants: event types, narrowed to streets and complaint categories where
 * given (empty: all). It signs with its current secret, and with a rotated one until that one retires. It is disabled
 * after too many consecutive failed attempts, and enabled again by its owner.
 */
@Document("subscription")
public class Subscription {

    public enum Status { ACTIVE, DISABLED, CANCELLED }

    /** A signing secret; {@code retiresAt} null while it is the current one. */
    public record SigningSecret(String secret, Instant createdAt, Instant retiresAt) {
    }

    @Id
    private SubscriptionId id;
    private String owner;
    private String url;
    private Set<String> eventTypes;
    private Set<String> streets;
    private Set<String> categories;
    private List<SigningSecret> secrets = new ArrayList<>();
    private Status status;
    private String disabledReason;
    private int consecutiveFailures;
    private Instant lastSuccessAt;
    private Instant lastFailureAt;
    private Instant createdAt;
    @Version
    private Long version;

    protected Subscription() {
    }

    Subscription(SubscriptionId id, String owner, String url, Set<String> eventTypes, Set<String> streets, Set<String> categories,
                 String secret, Instant now) {
        this.id = id;
        this.owner = owner;
        this.url = url;
        this.eventTypes = Set.copyOf(eventTypes);
        this.streets = Set.copyOf(streets);
        this.categories = Set.copyOf(categories);
        this.secrets.add(new SigningSecret(secret, now, null));
        this.status = Status.ACTIVE;
        this.createdAt = now;
    }

    /** Whether an event of this type, street and category is for this endpoint. */
    public boolean wants(String type, String street, String category) {
        return status != Status.CANCELLED && eventTypes.contains(type)
                && (streets.isEmpty() || street != null && streets.contains(street))
                && (categories.isEmpty() || category != null && categories.contains(category));
    }

    /** The secrets that sign at {@code now}: the current one first, then those rotated out and not yet retired. */
    public List<String> signingSecrets(Instant now) {
        return secrets.stream().filter(s -> s.retiresAt() == null || s.retiresAt().isAfter(now))
                .sorted((a, b) -> a.retiresAt() == null ? -1 : b.retiresAt() == null ? 1 : b.retiresAt().compareTo(a.retiresAt()))
                .map(SigningSecret::secret).toList();
    }

    /** A new current secret; the old one keeps signing for {@code overlap}, and those already retired are dropped. */
    void rotate(String secret, Duration overlap, Instant now) {
        List<SigningSecret> kept = new ArrayList<>();
        for (SigningSecret s : secrets) {
            if (s.retiresAt() == null) {
                kept.add(new SigningSecret(s.secret(), s.createdAt(), now.plus(overlap)));
            } else if (s.retiresAt().isAfter(now)) {
                kept.add(s);
            }
        }
        kept.add(new SigningSecret(secret, now, null));
        secrets = kept;
    }

    void enable() {
        if (status == Status.DISABLED) {
            status = Status.ACTIVE;
            disabledReason = null;
            consecutiveFailures = 0;
        }
    }

    void cancel() {
        status = Status.CANCELLED;
    }

    public SubscriptionId id() {
        return id;
    }

    public String owner() {
        return owner;
    }

    public String url() {
        return url;
    }

    public Set<String> eventTypes() {
        return eventTypes;
    }

    public Set<String> streets() {
        return streets;
    }

    public Set<String> categories() {
        return categories;
    }

    public Status status() {
        return status;
    }

    public String disabledReason() {
        return disabledReason;
    }

    public int consecutiveFailures() {
        return consecutiveFailures;
    }

    public Instant lastSuccessAt() {
        return lastSuccessAt;
    }

    public Instant lastFailureAt() {
        return lastFailureAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    List<SigningSecret> secrets() {
        return secrets;
    }

    /** Each stored secret as {@code reseal} gives it; true when one changed. */
    boolean reseal(java.util.function.UnaryOperator<String> reseal) {
        List<SigningSecret> resealed = secrets.stream()
                .map(s -> new SigningSecret(reseal.apply(s.secret()), s.createdAt(), s.retiresAt())).toList();
        boolean changed = !resealed.stream().map(SigningSecret::secret).toList()
                .equals(secrets.stream().map(SigningSecret::secret).toList());
        secrets = new ArrayList<>(resealed);
        return changed;
    }
}
