package org.estatecare.events.complaints;

import java.time.LocalDate;

/**
 * A complaint is now with a handler (first assignment, or escalation to the next step): who, at which
 * step of the chain, and the working-day deadlines.
 */
public record ComplaintAssigned(String complaintId, String estateId, String street, String community, String category,
                                String handlerKind, String department, int step, LocalDate acknowledgeBy,
                                LocalDate resolveBy, String reason) {
}
