package org.estatecare.registry.archive;

import java.time.Instant;

import org.estatecare.events.ids.EstateId;
import org.springframework.data.annotation.Id;

/**
 * One event filed in an estate's archive, as its producer sent it: the CloudEvents id (so a redelivery files nothing
 * twice), type, source and time, and the payload JSON exactly as sent (amounts keep every digit).
 */
public record ArchiveRecord(@Id String eventId, EstateId estateId, ArchiveSection section, String type, String source,
                            String subject, Instant occurredAt, Instant filedAt, String payload) {
}
