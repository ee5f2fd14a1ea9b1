package org.estatecare.subsidies.policy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.OptionalLong;

import org.estatecare.events.codes.EstateClass;
import org.estatecare.events.codes.Grade;
import org.estatecare.events.codes.ManagementMode;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.time.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The district decides its subsidy policy; the offices that allocate, approve, pay and audit read it. */
@Service
public class PolicyService {

    static final String READERS = "hasAnyRole('district-admin', 'municipal-inspector', 'street-officer', 'auditor', "
            + "'finance-officer')";
    private static final Logger log = LoggerFactory.getLogger(PolicyService.class);

    private final Policies policies;
    private final Clock clock;

    public PolicyService(Policies policies, Clock clock) {
        this.policies = policies;
        this.clock = clock;
    }

    @PreAuthorize(READERS)
    public SubsidyPolicy read(Caller caller) {
        return policies.current();
    }

    @PreAuthorize("hasRole('district-admin')")
    public SubsidyPolicy decideRate(Share share, EstateClass estateClass, RateUnit unit, BigDecimal amount, LocalDate from,
                                    OptionalLong ifMatch, Caller caller) {
        SubsidyPolicy changed = policies.change(ifMatch, p -> p.decideRate(share, estateClass, unit, amount, from,
                caller.username(), clock.instant(), today()));
        log.info("subsidy rate decided: share={} class={} unit={} amount={} from={} by={}", share, estateClass, unit, amount,
                from, caller.username());
        return changed;
    }

    @PreAuthorize("hasRole('district-admin')")
    public SubsidyPolicy decideGradeFactors(Map<Grade, BigDecimal> factors, LocalDate from, OptionalLong ifMatch,
                                            Caller caller) {
        return policies.change(ifMatch, p -> p.decideGradeFactors(factors, from, caller.username(), clock.instant(), today()));
    }

    @PreAuthorize("hasRole('district-admin')")
    public SubsidyPolicy nameRecipient(ManagementMode mode, String code, String name, LocalDate from, OptionalLong ifMatch,
                                       Caller caller) {
        return policies.change(ifMatch, p -> p.nameRecipient(mode, code, name, from, caller.username(), clock.instant(),
                today()));
    }

    @PreAuthorize("hasRole('district-admin')")
    public SubsidyPolicy setBudget(String street, int year, BigDecimal amount, OptionalLong ifMatch, Caller caller) {
        return policies.change(ifMatch, p -> p.setBudget(street, year, amount, caller.username(), clock.instant(), today()));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), WorkingDayCalendar.BEIJING);
    }
}
