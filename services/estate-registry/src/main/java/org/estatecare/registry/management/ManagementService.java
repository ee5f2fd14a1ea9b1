package org.estatecare.registry.management;

import org.estatecare.events.ids.EstateId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;

import org.estatecare.events.codes.ManagementMode;
import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.security.Caller;
import org.estatecare.registry.estate.Committee;
import org.estatecare.registry.estate.Decision;
import org.estatecare.registry.estate.Estate;
import org.estatecare.registry.estate.EstateAccess;
import org.estatecare.registry.estate.Estates;
import org.estatecare.registry.estate.Maintenance;
import org.estatecare.registry.estate.ServiceProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The district government sets the management mode (R-MODE-1); the street office organises the
 * committee (R-COMM-1), names maintenance units (R-MAINT-1) and who provides the basic services where no company
 * does (R-SCOPE-1), within its own street.
 */
@Service
@Implements({"R-MODE-1", "R-COMM-1", "R-MAINT-1"})
public class ManagementService {

    private final Estates estates;
    private final EstateAccess access;
    private final Clock clock;

    public ManagementService(Estates estates, EstateAccess access, Clock clock) {
        this.estates = estates;
        this.access = access;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('district-admin')")
    public Estate changeMode(EstateId id, ManagementMode mode, LocalDate from, Decision decision, OptionalLong ifMatch,
                             Caller caller) {
        return estates.update(id, access.scope(caller), ifMatch,
                estate -> estate.changeManagementMode(mode, from, decision, clock.instant()));
    }

    @PreAuthorize("hasAnyRole('district-admin','street-officer')")
    public Estate appointCommittee(EstateId id, Committee committee, Decision decision, OptionalLong ifMatch, Caller caller) {
        return estates.update(id, access.scope(caller), ifMatch,
                estate -> estate.appointCommittee(committee, decision, clock.instant()));
    }

    @PreAuthorize("hasAnyRole('district-admin','street-officer')")
    public Estate nameMaintenance(EstateId id, Maintenance maintenance, Decision decision, OptionalLong ifMatch,
                                  Caller caller) {
        return estates.update(id, access.scope(caller), ifMatch,
                estate -> estate.nameMaintenance(maintenance, decision, clock.instant()));
    }

    /** R-SCOPE-1: who provides each basic service to an estate no company serves. */
    @PreAuthorize("hasAnyRole('district-admin','street-officer')")
    public Estate nameServiceProviders(EstateId id, List<ServiceProvider> providers, Decision decision, OptionalLong ifMatch,
                                       Caller caller) {
        return estates.update(id, access.scope(caller), ifMatch,
                estate -> estate.nameServiceProviders(providers, decision, clock.instant()));
    }
}
