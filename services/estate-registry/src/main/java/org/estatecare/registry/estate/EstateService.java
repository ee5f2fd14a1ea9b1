package org.estatecare.registry.estate;

import org.estatecare.events.ids.EstateId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.security.Caller;
import org.estatecare.registry.territory.Streets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Registering estates, changing their facts, and reading them within the caller's scope. */
@Service
@Implements("R-PRIN-1")
public class EstateService {

    static final String READERS = "hasAnyRole('district-admin','municipal-inspector','auditor','department-officer',"
            + "'street-officer','community-officer')";
    private static final Logger log = LoggerFactory.getLogger(EstateService.class);

    private final Estates estates;
    private final EstateAccess access;
    private final Streets streets;
    private final Clock clock;

    public EstateService(Estates estates, EstateAccess access, Streets streets, Clock clock) {
        this.estates = estates;
        this.access = access;
        this.streets = streets;
        this.clock = clock;
    }

    /** A street officer registers estates of their own street only; the district anywhere. */
    @PreAuthorize("hasAnyRole('district-admin','street-officer')")
    public Estate register(EstateDetails details, Decision decision, Caller caller) {
        if (!access.mayPlace(caller, details)) {
            throw new AccessDeniedException("estate outside the caller's street");
        }
        streets.requireCommunity(details.street(), details.community());
        Estate estate = estates.add(Estate.register(new EstateId(UUID.randomUUID().toString()), details, decision, clock.instant()));
        log.info("estate registered: id={} street={}", estate.id(), details.street());
        return estate;
    }

    /** Moving an estate to another street is the district's decision (R-PRIN-1). */
    @PreAuthorize("hasAnyRole('district-admin','street-officer')")
    public Estate changeDetails(EstateId id, EstateDetails details, LocalDate effectiveFrom, Decision decision,
                                OptionalLong ifMatch, Caller caller) {
        streets.requireCommunity(details.street(), details.community());
        return estates.update(id, access.scope(caller), ifMatch, estate -> {
            if (!access.mayChangeDetails(caller, estate, details)) {
                throw new AccessDeniedException("only the district moves an estate to another street");
            }
            estate.changeDetails(details, effectiveFrom, decision, clock.instant());
        });
    }

    @PreAuthorize(READERS)
    public Estate get(EstateId id, Caller caller) {
        return estates.get(id, access.scope(caller));
    }

    @PreAuthorize(READERS)
    public Page<Estate> search(EstateFilter filter, Pageable page, Caller caller) {
        return estates.search(filter, access.scope(caller), page);
    }

    /** How many estates of the caller's scope stand in each status, street by street. */
    @PreAuthorize(READERS)
    public List<StreetStatusCount> countByStreetAndStatus(Caller caller) {
        return estates.countByStreetAndStatus(access.scope(caller));
    }
}
