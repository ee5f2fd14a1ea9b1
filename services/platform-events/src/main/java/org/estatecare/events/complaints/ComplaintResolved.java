package org.estatecare.events.complaints;

import java.time.Instant;

/** The handler reports the complaint resolved; {@code onTime} against the resolve deadline of its step. */
public record ComplaintResolved(String complaintId, String estateId, String street, String community, String category,
                                String handlerKind, String department, Instant resolvedAt, boolean onTime) {
}
