package org.estatecare.events.assessments;

import java.time.Instant;
import java.time.LocalDate;

/**
 * R-ASM-3: a problem found by an inspection or spot check ({@code cause} {@code FINDING}, {@code sourceId}
 * the inspection, {@code findingKind} its kind), or a failing grade ({@code FAILING_GRADE}, {@code sourceId}
 * the assessment, {@code findingKind} null), is to be corrected (整改): a rectification order was opened,
 * due on {@code dueOn} (counted in working days). {@code companyId} is the company that must correct it;
 * null when no company serves the estate.
 */
public record RectificationOpened(String orderId, String estateId, String street, String community, String companyId,
                                  String cause, String sourceId, String findingKind, LocalDate dueOn,
                                  Instant openedAt) {
}
