package org.estatecare.registry.estate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.bson.Document;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.persistence.AggregateStore;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * All estates, read as a collection that only ever shows the caller's scope, and always as of today
 * (the business day of the injected clock): an estate read is brought up to today, and the stored
 * status and mode that lists, filters and counts select on are moved to today by {@link #bringUpToToday}
 * before the first list or count of each business day, and every few minutes by {@link ScheduledChangesJob}.
 */
@Repository
public class Estates extends AggregateStore<Estate, EstateId> {

    static final String COLLECTION = "estate";

    private final Clock clock;
    /**
     * The business day this instance last brought every stored status and mode up to. Within a day only
     * a write changes them, and a write stores today's: the catch-up is due again on the next day (or
     * when the clock is set back).
     */
    private volatile LocalDate caughtUpOn;

    public Estates(MongoTemplate mongo, Clock clock) {
        super(mongo, Estate.class, "estate");
        this.clock = clock;
        var indexes = mongo.indexOps(Estate.class);
        indexes.createIndex(new Index().on("details.street", Sort.Direction.ASC).on("status", Sort.Direction.ASC));
        // a list's default order (by name), in the whole district and in a street's or community's scope
        indexes.createIndex(new Index().on("details.name", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("details.street", Sort.Direction.ASC).on("details.name", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("details.community", Sort.Direction.ASC).on("details.name", Sort.Direction.ASC));
        // what bringUpToToday selects on
        indexes.createIndex(new Index().on("nextChangeOn", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("asOf", Sort.Direction.ASC));
        // what the list of pending exit applications selects on
        indexes.createIndex(new Index().on("pendingExitApplicationId", Sort.Direction.ASC).sparse());
    }

    /** Every estate read, for a command or a view, shows today's status and mode. */
    @Override
    public Optional<Estate> find(EstateId id, Criteria scope) {
        LocalDate today = BusinessDates.today(clock);
        return super.find(id, scope).map(estate -> {
            estate.bringUpTo(today);
            return estate;
        });
    }

    /**
     * Stores today's status and mode for every estate whose stored ones are not today's: a scheduled
     * exit or mode whose day has come ({@code nextChangeOn} reached), one stored for a later day (the
     * clock was set back), one never dated. Each write is conditional on the version read; a lost race
     * means another write brought the estate up to date. Safe to repeat; nothing to do costs one indexed
     * query. The job calls it as it is; lists and counts through {@link #caughtUpToday}.
     *
     * @return how many estates were moved
     */
    public int bringUpToToday() {
        LocalDate today = BusinessDates.today(clock);
        CatchUp done = moveStaleTo(today);
        if (done.complete()) {
            caughtUpOn = today;
        }
        return done.moved();
    }

    /**
     * Today, with the stored status and mode brought up to it once per business day: the first list or
     * count of a day pays for the query, the others do not. A write that began just before midnight and
     * was stored just after can leave one estate a day behind in filters until the job's next run; its
     * view is today's all the same.
     */
    private LocalDate caughtUpToday() {
        LocalDate today = BusinessDates.today(clock);
        if (!today.equals(caughtUpOn) && moveStaleTo(today).complete()) {
            caughtUpOn = today;
        }
        return today;
    }

    /** How many estates a catch-up moved, and whether it moved every one it had to. */
    private record CatchUp(int moved, boolean complete) {
    }

    private CatchUp moveStaleTo(LocalDate today) {
        Query stale = Query.query(new Criteria().orOperator(
                Criteria.where("asOf").is(null),
                Criteria.where("asOf").gt(today),
                Criteria.where("nextChangeOn").lte(today)));
        int moved = 0;
        boolean complete = true;
        for (Estate estate : mongo.find(stale, Estate.class)) {
            // another write may come first: a command (which stores today's status and mode) or the outbox relay
            // marking the estate's events sent (which does not), so today's is applied again to what it left
            try {
                if (changeIf(estate, current -> {
                    current.bringUpTo(today);
                    return true;
                })) {
                    moved++;
                }
            } catch (OptimisticLockingFailureException busy) {
                complete = false; // the next list, count or job run tries again
            }
        }
        return new CatchUp(moved, complete);
    }

    public Page<Estate> search(EstateFilter filter, Criteria scope, Pageable page) {
        LocalDate today = caughtUpToday();
        return page(new Criteria().andOperator(scope, filterCriteria(filter)), page).map(estate -> {
            estate.bringUpTo(today); // one stored a day behind (see caughtUpToday) still shows today
            return estate;
        });
    }

    /** The estates of the scope, and of {@code street} when given, with an exit application waiting for the district. */
    public Page<Estate> withPendingExitApplication(String street, Criteria scope, Pageable page) {
        LocalDate today = caughtUpToday();
        Criteria pending = Criteria.where("pendingExitApplicationId").ne(null);
        if (street != null) {
            pending.and("details.street").is(street);
        }
        return page(new Criteria().andOperator(scope, pending), page).map(estate -> {
            estate.bringUpTo(today);
            return estate;
        });
    }

    public List<StreetStatusCount> countByStreetAndStatus(Criteria scope) {
        caughtUpToday();
        Aggregation aggregation = Aggregation.newAggregation(
                Aggregation.match(scope),
                Aggregation.group("details.street", "status").count().as("count"));
        return mongo.aggregate(aggregation, COLLECTION, Document.class).getMappedResults().stream()
                .map(row -> {
                    Document key = row.get("_id", Document.class);
                    return new StreetStatusCount(key.getString("street"), EstateStatus.valueOf(key.getString("status")),
                            ((Number) row.get("count")).longValue());
                })
                .sorted(java.util.Comparator.comparing(StreetStatusCount::street).thenComparing(StreetStatusCount::status))
                .toList();
    }

    private static Criteria filterCriteria(EstateFilter filter) {
        Criteria criteria = new Criteria();
        if (filter.street() != null) {
            criteria.and("details.street").is(filter.street());
        }
        if (filter.community() != null) {
            criteria.and("details.community").is(filter.community());
        }
        if (filter.status() != null) {
            criteria.and("status").is(filter.status());
        }
        if (filter.mode() != null) {
            criteria.and("managementMode").is(filter.mode());
        }
        if (filter.name() != null && !filter.name().isBlank()) {
            criteria.and("details.name").regex(Pattern.quote(filter.name().strip()));
        }
        return criteria;
    }
}
