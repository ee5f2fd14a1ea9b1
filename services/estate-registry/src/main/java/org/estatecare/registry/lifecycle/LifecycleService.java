package org.estatecare.registry.lifecycle;

import org.estatecare.events.ids.EstateId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;

import org.estatecare.events.codes.ManagementMode;
import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.security.Role;
import org.estatecare.registry.estate.Decision;
import org.estatecare.registry.estate.Estate;
import org.estatecare.registry.estate.EstateAccess;
import org.estatecare.registry.estate.Estates;
import org.estatecare.registry.estate.ExitReason;
import org.estatecare.registry.estate.ItemCheck;
import org.estatecare.registry.estate.Recorder;
import org.estatecare.registry.estate.TakeoverAttempt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Who decides each step: the municipal civil affairs bureau accepts the takeover (R-TAKE-1); the
 * district files, includes, decides not to include, and approves exits.
 */
@Service
@Implements({"R-TAKE-1", "R-TAKE-2"})
public class LifecycleService {

    private static final Logger log = LoggerFactory.getLogger(LifecycleService.class);

    private final Estates estates;
    private final EstateAccess access;
    private final Clock clock;

    public LifecycleService(Estates estates, EstateAccess access, Clock clock) {
        this.estates = estates;
        this.access = access;
        this.clock = clock;
    }

    /**
     * R-TAKE-1: the bureau's inspector records the attempt; the district records it on the bureau's behalf,
     * and the attempt says so.
     */
    @PreAuthorize("hasAnyRole('municipal-inspector','district-admin')")
    public Estate acceptTakeover(EstateId id, LocalDate acceptedOn, List<ItemCheck> items, Decision decision,
                                 OptionalLong ifMatch, Caller caller) {
        Recorder recorder = caller.has(Role.MUNICIPAL_INSPECTOR)
                ? Recorder.inspector(caller.username())
                : Recorder.onBehalfOfTheBureau(caller.username(), Role.DISTRICT_ADMIN.code());
        Estate estate = estates.update(id, access.scope(caller), ifMatch,
                e -> e.acceptTakeover(acceptedOn, items, decision, recorder, clock.instant()));
        TakeoverAttempt attempt = estate.takeoverAttempts().get(estate.takeoverAttempts().size() - 1);
        log.info("takeover acceptance recorded: id={} attempt={} result={}", id, attempt.number(), attempt.result());
        return estate;
    }

    @PreAuthorize("hasRole('district-admin')")
    public Estate file(EstateId id, LocalDate filedOn, Decision decision, OptionalLong ifMatch, Caller caller) {
        return estates.update(id, access.scope(caller), ifMatch, estate -> estate.file(filedOn, decision, clock.instant()));
    }

    @PreAuthorize("hasRole('district-admin')")
    public Estate include(EstateId id, LocalDate includedOn, ManagementMode mode, Decision decision, OptionalLong ifMatch,
                          Caller caller) {
        Estate estate = estates.update(id, access.scope(caller), ifMatch,
                e -> e.include(includedOn, mode, decision, clock.instant()));
        log.info("estate included: id={} on={} mode={}", id, includedOn, mode);
        return estate;
    }

    @PreAuthorize("hasRole('district-admin')")
    public Estate decideNotToInclude(EstateId id, LocalDate decidedOn, String reason, Decision decision, OptionalLong ifMatch,
                                     Caller caller) {
        return estates.update(id, access.scope(caller), ifMatch,
                estate -> estate.decideNotToInclude(decidedOn, reason, decision, clock.instant()));
    }

    @PreAuthorize("hasRole('district-admin')")
    public Estate exit(EstateId id, ExitReason reason, LocalDate effectiveDate, Decision decision, OptionalLong ifMatch,
                       Caller caller) {
        Estate estate = estates.update(id, access.scope(caller), ifMatch,
                e -> e.exit(reason, effectiveDate, decision, clock.instant()));
        log.info("estate exited: id={} reason={} effective={}", id, reason, effectiveDate);
        return estate;
    }
}
