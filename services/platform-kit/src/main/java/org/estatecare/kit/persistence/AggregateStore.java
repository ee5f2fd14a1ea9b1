package org.estatecare.kit.persistence;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.estatecare.events.ids.Identifier;
import org.estatecare.kit.domain.Aggregate;
import org.estatecare.kit.domain.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;

/**
 * A collection of aggregates of one type that only ever shows a caller's scope (a query condition,
 * applied in the database). Out-of-scope aggregates are "not found". Services extend it with their
 * own finders.
 */
public abstract class AggregateStore<T extends Aggregate<ID>, ID extends Identifier> {

    private static final int WRITE_ATTEMPTS = 3;

    protected final MongoTemplate mongo;
    private final Class<T> type;
    private final String kind;

    protected AggregateStore(MongoTemplate mongo, Class<T> type, String kind) {
        this.mongo = mongo;
        this.type = type;
        this.kind = kind;
        // known to the mapping context from the start, so the outbox relay finds pending events after a restart
        mongo.getConverter().getMappingContext().getPersistentEntity(type);
    }

    public Optional<T> find(ID id, Criteria scope) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("_id").is(id.value()).andOperator(scope)), type));
    }

    public T get(ID id, Criteria scope) {
        return find(id, scope).orElseThrow(() -> new NotFoundException(kind, id.value()));
    }

    public T add(T aggregate) {
        return mongo.insert(aggregate);
    }

    /**
     * Runs a command on the current state and saves it, retrying on fresh state if another write (or
     * the outbox relay) got there first. {@code expectedRevision} is the client's {@code If-Match},
     * checked against every attempt's fresh state.
     */
    public T update(ID id, Criteria scope, OptionalLong expectedRevision, Consumer<T> command) {
        for (int attempt = 1; ; attempt++) {
            T aggregate = get(id, scope);
            expectedRevision.ifPresent(aggregate::requireRevision);
            command.accept(aggregate);
            try {
                return mongo.save(aggregate);
            } catch (OptimisticLockingFailureException raced) {
                if (attempt == WRITE_ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }

    /** Saves an aggregate loaded earlier; false when someone else changed it in between (nothing written). */
    public boolean saveIfUnchanged(T aggregate) {
        try {
            mongo.save(aggregate);
            return true;
        } catch (OptimisticLockingFailureException raced) {
            return false;
        }
    }

    /**
     * Applies a change that may find nothing to do (a scheduled pass over many aggregates loaded at once) and saves
     * only what it changed; {@code change} answers whether it changed anything. When another write got there first
     * (a command, another replica's pass, the outbox relay marking the events sent) the change is decided again on
     * fresh state, so nothing concurrent is overwritten and nothing due is skipped. False when nothing changed or
     * the aggregate is gone; an {@link OptimisticLockingFailureException} when it kept changing underneath.
     */
    public boolean changeIf(T loaded, Predicate<T> change) {
        T current = loaded;
        for (int attempt = 1; ; attempt++) {
            if (!change.test(current)) {
                return false;
            }
            if (saveIfUnchanged(current)) {
                return true;
            }
            if (attempt == WRITE_ATTEMPTS) {
                throw new OptimisticLockingFailureException(kind + " " + current.id().value() + " changed concurrently "
                        + WRITE_ATTEMPTS + " times");
            }
            Optional<T> fresh = find(current.id(), new Criteria());
            if (fresh.isEmpty()) {
                return false;
            }
            current = fresh.get();
        }
    }

    /**
     * One page of the aggregates that meet {@code criteria}. The whole list is counted only when the page cannot tell
     * its size: a first page that is not full, or a last page, already says how many there are.
     */
    public Page<T> page(Criteria criteria, Pageable page) {
        Query query = Query.query(criteria);
        List<T> content = mongo.find(Query.of(query).with(page), type);
        return PageableExecutionUtils.getPage(content, page, () -> mongo.count(query, type));
    }

    public List<T> all(Criteria criteria) {
        return mongo.find(Query.query(criteria), type);
    }
}
