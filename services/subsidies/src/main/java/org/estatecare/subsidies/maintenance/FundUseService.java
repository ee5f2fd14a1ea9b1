package org.estatecare.subsidies.maintenance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;

import org.estatecare.events.estates.EstateTimeline;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.Violation;
import org.estatecare.kit.inbox.EstateTimelines;
import org.estatecare.kit.security.Access;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.security.Role;
import org.estatecare.kit.time.WorkingDayCalendar;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Recording and reading the use of maintenance funds (R-MAINT-1, R-MAINT-2). A street office records and voids the
 * uses of its street's estates, the district any; the district, the city's inspectors, auditors and finance read every
 * use and a street office its street's (R-SUB-3).
 */
@Service
@Implements({"R-MAINT-1", "R-MAINT-2", "R-SUB-3"})
public class FundUseService {

    static final String WRITERS = "hasAnyRole('district-admin', 'street-officer')";
    static final String READERS = "hasAnyRole('district-admin', 'municipal-inspector', 'street-officer', 'auditor', "
            + "'finance-officer')";

    private final FundUses uses;
    private final EstateTimelines estates;
    private final Clock clock;

    public FundUseService(FundUses uses, EstateTimelines estates, Clock clock) {
        this.uses = uses;
        this.estates = estates;
        this.clock = clock;
    }

    /** The street a caller is limited to: a street office's own; nothing for the district-wide roles. */
    static Criteria scope(Caller caller) {
        if (caller.hasAny(Role.DISTRICT_ADMIN, Role.MUNICIPAL_INSPECTOR, Role.AUDITOR, Role.FINANCE_OFFICER)) {
            return Access.everything();
        }
        if (caller.has(Role.STREET_OFFICER) && caller.street().isPresent()) {
            return Criteria.where("street").is(caller.street().get());
        }
        return Access.nothing();
    }

    @PreAuthorize(WRITERS)
    public FundUse record(EstateId estateId, FundUse.Spending spending, Caller caller) {
        EstateTimeline estate = estates.find(estateId).filter(EstateTimeline::registered)
                .filter(e -> caller.has(Role.DISTRICT_ADMIN) || caller.street().map(e.street()::equals).orElse(false))
                .orElseThrow(() -> new RuleViolationException(new Violation("R-MAINT-1", "unknown-estate", "no estate "
                        + estateId + " is registered in the caller's district or street", "estateId")));
        return uses.add(FundUse.record(new FundUse.EstateRef(estateId, estate.name(), estate.street(), estate.community()),
                spending, today(), caller.username(), clock.instant()));
    }

    @PreAuthorize(WRITERS)
    public FundUse voidUse(FundUseId id, String reason, OptionalLong ifMatch, Caller caller) {
        return uses.update(id, scope(caller), ifMatch, use -> use.voidFor(reason, caller.username(), clock.instant()));
    }

    @PreAuthorize(READERS)
    public FundUse get(FundUseId id, Caller caller) {
        return uses.get(id, scope(caller));
    }

    @PreAuthorize(READERS)
    public Page<FundUse> list(FundUseFilter filter, Pageable page, Caller caller) {
        return uses.page(FundUses.criteria(filter).andOperator(scope(caller)), page);
    }

    /** Every use the filter and the caller's scope allow, voided ones included (an audit sees them too). */
    @PreAuthorize(READERS)
    public List<FundUse> export(FundUseFilter filter, Caller caller) {
        return uses.inExportOrder(FundUses.criteria(filter).andOperator(scope(caller)));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), WorkingDayCalendar.BEIJING);
    }
}
