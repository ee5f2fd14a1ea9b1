package org.estatecare.kit.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One line of an aggregate's append-only history, the same shape in every service: what happened
 * ({@code action}, e.g. {@code included}), when it was recorded, the business date it takes effect
 * when that is not the day it was recorded ({@code effectiveOn}, else null), who did it (a user name,
 * or {@link #SYSTEM} for what the service did by itself), the status before and after ({@code fromStatus}
 * null when the action did not move it), the documents it rests on and a note. A decision is written
 * down when it is taken: an exit dated ahead is a line recorded today whose {@code toStatus} holds from
 * {@code effectiveOn}.
 *
 * @param <S> the aggregate's status codes
 */
public record HistoryEntry<S extends Enum<S>>(String action, Instant recordedAt, LocalDate effectiveOn, String actor,
                                              S fromStatus, S toStatus, List<String> documents, String note) {

    /** The actor of what a service does by itself (a scheduled step, an event from another service). */
    public static final String SYSTEM = "system";

    public HistoryEntry {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(actor, "actor");
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    /** A line that takes effect when recorded and rests on no documents: the status it leaves the aggregate in and a note. */
    public static <S extends Enum<S>> HistoryEntry<S> of(String action, Instant recordedAt, String actor, S status, String note) {
        return new HistoryEntry<>(action, recordedAt, null, actor, null, status, List.of(), note);
    }
}
