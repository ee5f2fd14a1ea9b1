package org.estatecare.registry.exit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.OptionalLong;
import java.util.UUID;

import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.domain.NotFoundException;
import org.estatecare.kit.security.Caller;
import org.estatecare.registry.estate.Decision;
import org.estatecare.registry.estate.Estate;
import org.estatecare.registry.estate.EstateAccess;
import org.estatecare.registry.estate.Estates;
import org.estatecare.registry.estate.ExitApplicant;
import org.estatecare.registry.estate.ExitApplication;
import org.estatecare.registry.estate.ExitReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Who does what with an application to exit (R-EXIT-1): the street office files it, for itself or for the
 * property owner who brings it there, within its own street, and may withdraw it while it waits; the
 * district approves or refuses it. Everyone who reads the estate reads its applications.
 */
@Service
@Implements("R-EXIT-1")
public class ExitApplicationService {

    static final String READERS = "hasAnyRole('district-admin','municipal-inspector','auditor','department-officer',"
            + "'street-officer','community-officer')";
    private static final Logger log = LoggerFactory.getLogger(ExitApplicationService.class);

    private final Estates estates;
    private final EstateAccess access;
    private final Clock clock;

    public ExitApplicationService(Estates estates, EstateAccess access, Clock clock) {
        this.estates = estates;
        this.access = access;
        this.clock = clock;
    }

    /** The estate as saved and the application the command acted on. */
    public record Applied(Estate estate, ExitApplication application) {
    }

    @PreAuthorize("hasRole('street-officer')")
    public Applied apply(EstateId id, ExitApplicant applicant, String owner, ExitReason reason, LocalDate proposedEffectiveDate,
                         Decision decision, OptionalLong ifMatch, Caller caller) {
        String applicationId = UUID.randomUUID().toString();
        Estate estate = estates.update(id, access.scope(caller), ifMatch, e -> e.applyToExit(applicationId, applicant, owner,
                reason, proposedEffectiveDate, decision, clock.instant()));
        log.info("exit applied for: id={} application={} applicant={} reason={}", id, applicationId, applicant, reason);
        return applied(estate, applicationId);
    }

    @PreAuthorize("hasRole('street-officer')")
    public Applied withdraw(EstateId id, String applicationId, Decision decision, OptionalLong ifMatch, Caller caller) {
        Estate estate = estates.update(id, access.scope(caller), ifMatch,
                e -> e.withdrawExitApplication(applicationId, decision, clock.instant()));
        log.info("exit application withdrawn: id={} application={}", id, applicationId);
        return applied(estate, applicationId);
    }

    @PreAuthorize("hasRole('district-admin')")
    public Applied refuse(EstateId id, String applicationId, String reasons, Decision decision, OptionalLong ifMatch,
                          Caller caller) {
        Estate estate = estates.update(id, access.scope(caller), ifMatch,
                e -> e.refuseExitApplication(applicationId, reasons, decision, clock.instant()));
        log.info("exit application refused: id={} application={}", id, applicationId);
        return applied(estate, applicationId);
    }

    @PreAuthorize("hasRole('district-admin')")
    public Applied approve(EstateId id, String applicationId, LocalDate effectiveDate, Decision decision, OptionalLong ifMatch,
                           Caller caller) {
        Estate estate = estates.update(id, access.scope(caller), ifMatch,
                e -> e.approveExitApplication(applicationId, effectiveDate, decision, clock.instant()));
        Applied approved = applied(estate, applicationId);
        log.info("exit application approved: id={} application={} effective={}", id, applicationId,
                approved.application().decidedEffectiveDate());
        return approved;
    }

    @PreAuthorize(READERS)
    public Applied get(EstateId id, String applicationId, Caller caller) {
        return applied(estates.get(id, access.scope(caller)), applicationId);
    }

    @PreAuthorize(READERS)
    public Estate estate(EstateId id, Caller caller) {
        return estates.get(id, access.scope(caller));
    }

    /** The estates of the caller's scope (and of {@code street} when given) whose application waits for the district. */
    @PreAuthorize(READERS)
    public Page<Estate> pending(String street, Pageable page, Caller caller) {
        return estates.withPendingExitApplication(street, access.scope(caller), page);
    }

    private static Applied applied(Estate estate, String applicationId) {
        return new Applied(estate, estate.exitApplication(applicationId)
                .orElseThrow(() -> new NotFoundException("exit-application", applicationId)));
    }
}
