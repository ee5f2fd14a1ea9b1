package org.estatecare.registry.territory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.OptionalLong;

import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.domain.NotFoundException;
import org.estatecare.kit.security.Access;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.security.Role;
import org.estatecare.registry.estate.BusinessDates;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A street office names its responsible person (R-STAFF-1) and adopts its maintenance method; the district names the
 * units that maintain the street's shared facilities after the warranty, its paths and its street lights (R-MAINT-2),
 * and may record the street's own on its behalf. Everyone who works with the platform reads them: they say who to turn to.
 */
@Service
@Implements({"R-STAFF-1", "R-MAINT-2"})
public class StreetDutiesService {

    private final Streets streets;
    private final StreetDutiesStore duties;
    private final Clock clock;

    public StreetDutiesService(Streets streets, StreetDutiesStore duties, Clock clock) {
        this.streets = streets;
        this.duties = duties;
        this.clock = clock;
    }

    /** The street's duties; empty ones for a street nothing was recorded for. 404 for a street that does not exist. */
    public StreetDuties get(StreetCode street) {
        requireStreet(street);
        return duties.find(street, Access.everything()).orElseGet(() -> new StreetDuties(street));
    }

    @PreAuthorize("hasAnyRole('district-admin', 'street-officer')")
    public StreetDuties nameResponsiblePerson(StreetCode street, String name, String position, String workPhone,
                                              LocalDate appointedOn, OptionalLong ifMatch, Caller caller) {
        requireOwnStreet(street, caller);
        ResponsiblePerson person = new ResponsiblePerson(name, position, workPhone, appointedOn, caller.username(),
                clock.instant());
        return duties.change(street, ifMatch, d -> d.name(person, today()));
    }

    @PreAuthorize("hasAnyRole('district-admin', 'street-officer')")
    public StreetDuties adoptMaintenanceMethod(StreetCode street, String title, String reference, LocalDate effectiveFrom,
                                               String summary, OptionalLong ifMatch, Caller caller) {
        requireOwnStreet(street, caller);
        MaintenanceMethod method = new MaintenanceMethod(title, reference, effectiveFrom, summary, caller.username(),
                clock.instant());
        return duties.change(street, ifMatch, d -> d.adopt(method, today()));
    }

    @PreAuthorize("hasRole('district-admin')")
    public StreetDuties nameDistrictUnits(StreetCode street, String sharedFacilitiesUnit, String pathsUnit,
                                          String streetLightsUnit, LocalDate effectiveFrom, String decisionReference,
                                          OptionalLong ifMatch, Caller caller) {
        requireStreet(street);
        DistrictMaintenanceUnits units = new DistrictMaintenanceUnits(sharedFacilitiesUnit, pathsUnit, streetLightsUnit,
                effectiveFrom, decisionReference, caller.username(), clock.instant());
        return duties.change(street, ifMatch, d -> d.name(units, today()));
    }

    /** The district records for any street; a street office for its own only. */
    private void requireOwnStreet(StreetCode street, Caller caller) {
        requireStreet(street);
        if (!caller.has(Role.DISTRICT_ADMIN) && !caller.street().map(street.value()::equals).orElse(false)) {
            throw new AccessDeniedException("a street office records its own street's duties");
        }
    }

    private void requireStreet(StreetCode street) {
        if (streets.find(street.value()).isEmpty()) {
            throw new NotFoundException("street", street.value());
        }
    }

    /** The district's business day, by the service's clock. */
    public LocalDate today() {
        return BusinessDates.today(clock);
    }
}
