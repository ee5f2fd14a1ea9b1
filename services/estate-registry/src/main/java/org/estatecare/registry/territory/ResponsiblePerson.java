package org.estatecare.registry.territory;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The person a street office names as responsible for the service companies' work and for organising, guiding,
 * supervising and evaluating long-term management (R-STAFF-1), from {@code appointedOn}; a work telephone, never a
 * private one.
 */
public record ResponsiblePerson(String name, String position, String workPhone, LocalDate appointedOn, String recordedBy,
                                Instant recordedAt) {
}
