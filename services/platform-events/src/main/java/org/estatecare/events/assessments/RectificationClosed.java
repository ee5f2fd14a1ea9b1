package org.estatecare.events.assessments;

import java.time.Instant;
import java.time.LocalDate;

/**
 * R-ASM-3: the inspector verified on {@code verifiedOn} that the problem of a rectification order was
 * corrected (整改), and the order is closed. {@code overdue} says whether it ran past {@code dueOn} before
 * it was corrected, which the district follows up when it drives rectification (R-ASM-5).
 * {@code companyId} is the company of the order, null when no company serves the estate.
 */
public record RectificationClosed(String orderId, String estateId, String street, String community, String companyId,
                                  LocalDate dueOn, LocalDate verifiedOn, boolean overdue, Instant closedAt) {
}
