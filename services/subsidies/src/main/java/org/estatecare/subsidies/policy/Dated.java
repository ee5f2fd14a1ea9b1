package org.estatecare.subsidies.policy;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A decision of the district's subsidy policy that holds from a day on, until a later-dated decision of the same kind.
 * Decisions are never changed: a correction is a new decision for the same day, with a higher version, and wins.
 */
public interface Dated {

    /** Newest day first, then newest decision first: the order {@link #inForce} reads. */
    Comparator<Dated> NEWEST_FIRST = Comparator.comparing(Dated::effectiveFrom).thenComparingLong(Dated::version).reversed();

    LocalDate effectiveFrom();

    /** The decision's place in the policy's history (1, 2, …): a correction of the same day has a higher one. */
    long version();

    /** The decision in force on {@code day} among {@code newestFirst} (sorted by {@link #NEWEST_FIRST}). */
    static <T extends Dated> Optional<T> inForce(List<T> newestFirst, LocalDate day) {
        for (T decision : newestFirst) {
            if (!decision.effectiveFrom().isAfter(day)) {
                return Optional.of(decision);
            }
        }
        return Optional.empty();
    }
}
