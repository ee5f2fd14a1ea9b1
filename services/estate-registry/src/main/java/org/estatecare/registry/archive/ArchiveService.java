package org.estatecare.registry.archive;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.security.Caller;
import org.estatecare.registry.estate.Estate;
import org.estatecare.registry.estate.EstateAccess;
import org.estatecare.registry.estate.Estates;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * An estate's whole work archive as one export (R-STAFF-1): kept by the street office for its estates, read by the
 * district, the city's inspectors and auditors. Other roles see parts of it in the services that own them (a company
 * its own agreements and lines, a department its complaints), never the whole.
 */
@Service
@Implements("R-STAFF-1")
public class ArchiveService {

    private final Estates estates;
    private final EstateAccess access;
    private final Archive archive;
    private final Clock clock;

    public ArchiveService(Estates estates, EstateAccess access, Archive archive, Clock clock) {
        this.estates = estates;
        this.access = access;
        this.archive = archive;
        this.clock = clock;
    }

    /** The estate as it stands, its decisions in the registry, and everything filed from the other services. */
    public record EstateArchive(Estate estate, List<ArchiveRecord> records, Instant generatedAt) {
    }

    @PreAuthorize("hasAnyRole('district-admin', 'municipal-inspector', 'street-officer', 'auditor')")
    public EstateArchive export(EstateId id, Caller caller) {
        Estate estate = estates.get(id, access.scope(caller));
        return new EstateArchive(estate, archive.of(id), clock.instant());
    }
}
