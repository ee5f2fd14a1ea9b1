package org.estatecare.registry.estate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One line of an estate's append-only history: what happened ({@code action}), when it was recorded,
 * the business date it takes effect, who did it, the status before and after, documents and note. A
 * decision is written down when it is taken: an exit dated ahead is an {@code exited} line recorded
 * today whose {@code toStatus} holds from {@code effectiveOn}.
 */
public record HistoryEntry(String action, Instant recordedAt, LocalDate effectiveOn, String actor,
                           EstateStatus fromStatus, EstateStatus toStatus, List<String> documents, String note) {
}
