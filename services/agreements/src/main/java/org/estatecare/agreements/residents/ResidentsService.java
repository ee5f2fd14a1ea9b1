package org.estatecare.agreements.residents;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.estatecare.agreements.agreement.Agreement;
import org.estatecare.agreements.agreement.Agreements;
import org.estatecare.events.codes.Facility;
import org.estatecare.events.ids.CompanyId;
import org.estatecare.events.ids.EstateId;
import org.estatecare.events.estates.EstateTimeline;
import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.domain.NotFoundException;
import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.Violation;
import org.estatecare.kit.inbox.EstateTimelines;
import org.estatecare.kit.security.Access;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Residents' fees and liability (R-RES-1). A household's account is seen by the household (the resident logins it lists)
 * and the company serving the estate today, which keeps it; never by anyone else — the district, the street and auditors
 * see the estate's totals only. Damage to buildings and shared facilities is recorded by the company, the street office
 * or the district, and read by them, inspectors and auditors; a resident reads the damage its household is liable for.
 */
@Service
@Implements("R-RES-1")
public class ResidentsService {

    private static final Logger log = LoggerFactory.getLogger(ResidentsService.class);

    private final Households households;
    private final Damages damages;
    private final Agreements agreements;
    private final EstateTimelines estates;
    private final Clock clock;

    public ResidentsService(Households households, Damages damages, Agreements agreements, EstateTimelines estates, Clock clock) {
        this.households = households;
        this.damages = damages;
        this.agreements = agreements;
        this.estates = estates;
        this.clock = clock;
    }

    /** An estate's totals for a month: households, billed up to it, paid by its end, arrears. */
    public record EstateArrears(EstateId estateId, String month, int households, int householdsInArrears, BigDecimal billed,
                                BigDecimal paid, BigDecimal arrears) {
    }

    public Household open(EstateId estate, String building, String unit, String room, BigDecimal feePerMonth, List<String> residents,
                          Caller caller) {
        EstateTimeline known = requireKeeps(caller, estate);
        try {
            Household household = households.add(Household.open(estate, known.street(), building, unit, room, feePerMonth, residents,
                    caller.username(), clock.instant()));
            log.info("household opened: id={} estate={}", household.id(), estate);
            return household;
        } catch (DuplicateKeyException exists) {
            throw new org.estatecare.kit.domain.StateConflictException("open " + building + "-" + unit + "-" + room, "EXISTS");
        }
    }

    public List<Household> households(EstateId estate, Caller caller) {
        return households.ofEstate(estate, householdScope(caller, estate));
    }

    public Household household(EstateId estate, ResidentsRecordId id, Caller caller) {
        return households.find(id, new Criteria().andOperator(householdScope(caller, estate), Criteria.where("estateId").is(estate.value())))
                .orElseThrow(() -> new NotFoundException("household", id.value()));
    }

    public Household bill(EstateId estate, ResidentsRecordId id, YearMonth month, BigDecimal amount, OptionalLong ifMatch, Caller caller) {
        requireKeeps(caller, estate);
        return households.update(id, Criteria.where("estateId").is(estate.value()), ifMatch,
                h -> h.bill(month, amount, caller.username(), today(), clock.instant()));
    }

    public Household pay(EstateId estate, ResidentsRecordId id, LocalDate paidOn, BigDecimal amount, String receipt, OptionalLong ifMatch,
                         Caller caller) {
        requireKeeps(caller, estate);
        return households.update(id, Criteria.where("estateId").is(estate.value()), ifMatch,
                h -> h.pay(paidOn, amount, receipt, caller.username(), today(), clock.instant()));
    }

    public Household remind(EstateId estate, ResidentsRecordId id, LocalDate on, String channel, String note, OptionalLong ifMatch,
                            Caller caller) {
        requireKeeps(caller, estate);
        return households.update(id, Criteria.where("estateId").is(estate.value()), ifMatch,
                h -> h.remind(on, channel, note, caller.username(), today()));
    }

    /** The estate's totals for {@code month}: the district, the street office of its street, its company, auditors and finance. */
    public EstateArrears arrears(EstateId estate, YearMonth month, Caller caller) {
        EstateTimeline known = estates.find(estate).orElseThrow(() -> new NotFoundException("estate", estate.value()));
        boolean allowed = caller.hasAny(Role.DISTRICT_ADMIN, Role.AUDITOR, Role.FINANCE_OFFICER)
                || caller.has(Role.STREET_OFFICER) && caller.street().map(known.street()::equals).orElse(false)
                || caller.has(Role.SERVICE_COMPANY) && servedByCaller(caller, estate);
        if (!allowed) {
            if (caller.hasAny(Role.STREET_OFFICER, Role.SERVICE_COMPANY)) {
                throw new NotFoundException("estate", estate.value());
            }
            throw new AccessDeniedException("an estate's fee totals are for the district, its street, its company, auditors and finance");
        }
        LocalDate end = month.atEndOfMonth();
        List<Household.Standing> standings = households.ofEstate(estate, Access.everything()).stream().map(h -> h.standingOn(end)).toList();
        BigDecimal billed = standings.stream().map(Household.Standing::billed).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
        BigDecimal paid = standings.stream().map(Household.Standing::paid).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
        BigDecimal arrears = standings.stream().map(Household.Standing::arrears).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
        int inArrears = (int) standings.stream().filter(s -> s.arrears().signum() > 0).count();
        return new EstateArrears(estate, month.toString(), standings.size(), inArrears, billed, paid, arrears);
    }

    public Damage recordDamage(EstateId estate, Facility facility, String description, LocalDate foundOn, ResidentsRecordId liableHousehold,
                               String liableParty, Caller caller) {
        EstateTimeline known = requireRecordsDamage(caller, estate);
        if (liableHousehold != null && households.find(liableHousehold, Criteria.where("estateId").is(estate.value())).isEmpty()) {
            throw new RuleViolationException(new Violation(Household.RULE, "liable-household-unknown",
                    "household " + liableHousehold + " is not one of the estate's", "liableHouseholdId"));
        }
        Damage damage = damages.add(Damage.record(estate, known.street(), facility, description, foundOn,
                liableHousehold == null ? null : liableHousehold.value(), liableParty, caller.username(), today(), clock.instant()));
        log.info("damage recorded: id={} estate={} facility={}", damage.id(), estate, facility);
        return damage;
    }

    public List<Damage> damages(EstateId estate, Caller caller) {
        return damages.ofEstate(estate, damageScope(caller, estate));
    }

    public Damage damage(EstateId estate, ResidentsRecordId id, Caller caller) {
        return damages.find(id, new Criteria().andOperator(damageScope(caller, estate), Criteria.where("estateId").is(estate.value())))
                .orElseThrow(() -> new NotFoundException("damage", id.value()));
    }

    public Damage repaired(EstateId estate, ResidentsRecordId id, LocalDate on, BigDecimal cost, OptionalLong ifMatch, Caller caller) {
        requireRecordsDamage(caller, estate);
        return damages.update(id, Criteria.where("estateId").is(estate.value()), ifMatch, d -> d.repaired(on, cost, caller.username(), today()));
    }

    public Damage recovered(EstateId estate, ResidentsRecordId id, LocalDate on, BigDecimal amount, OptionalLong ifMatch, Caller caller) {
        requireRecordsDamage(caller, estate);
        return damages.update(id, Criteria.where("estateId").is(estate.value()), ifMatch,
                d -> d.recovered(on, amount, caller.username(), today()));
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Agreement.BUSINESS_ZONE);
    }

    /** The company serving the estate today, which keeps its households' accounts; another company is told it does not exist. */
    private EstateTimeline requireKeeps(Caller caller, EstateId estate) {
        if (!caller.has(Role.SERVICE_COMPANY)) {
            throw new AccessDeniedException("a household's account is kept by the company serving the estate");
        }
        EstateTimeline known = estates.find(estate).orElseThrow(() -> new NotFoundException("estate", estate.value()));
        if (!servedByCaller(caller, estate)) {
            throw new NotFoundException("estate", estate.value());
        }
        return known;
    }

    private EstateTimeline requireRecordsDamage(Caller caller, EstateId estate) {
        if (!caller.hasAny(Role.DISTRICT_ADMIN, Role.STREET_OFFICER, Role.SERVICE_COMPANY)) {
            throw new AccessDeniedException("damage is recorded by the estate's company, its street office or the district");
        }
        EstateTimeline known = estates.find(estate).orElseThrow(() -> new NotFoundException("estate", estate.value()));
        boolean ours = caller.has(Role.DISTRICT_ADMIN)
                || caller.has(Role.STREET_OFFICER) && caller.street().map(known.street()::equals).orElse(false)
                || caller.has(Role.SERVICE_COMPANY) && servedByCaller(caller, estate);
        if (!ours) {
            throw new NotFoundException("estate", estate.value());
        }
        return known;
    }

    /** The company serving the estate today sees all its households; a resident the households listing it; nobody else any. */
    private Criteria householdScope(Caller caller, EstateId estate) {
        if (caller.has(Role.SERVICE_COMPANY) && servedByCaller(caller, estate)) {
            return Access.everything();
        }
        if (caller.has(Role.RESIDENT)) {
            return Criteria.where("residents").is(caller.username());
        }
        if (caller.has(Role.SERVICE_COMPANY)) {
            return Access.nothing();
        }
        throw new AccessDeniedException("a household's account is the household's and its company's only");
    }

    private Criteria damageScope(Caller caller, EstateId estate) {
        if (caller.hasAny(Role.DISTRICT_ADMIN, Role.MUNICIPAL_INSPECTOR, Role.AUDITOR)) {
            return Access.everything();
        }
        Optional<String> street = estates.find(estate).map(EstateTimeline::street);
        if (caller.has(Role.STREET_OFFICER)) {
            return street.isPresent() && caller.street().equals(street) ? Access.everything() : Access.nothing();
        }
        if (caller.has(Role.SERVICE_COMPANY)) {
            return servedByCaller(caller, estate) ? Access.everything() : Access.nothing();
        }
        if (caller.has(Role.RESIDENT)) {
            return Criteria.where("liableHousehold").in(households.idsOf(caller.username()));
        }
        throw new AccessDeniedException("damage records are for the estate's company, street office, the district, inspectors and auditors");
    }

    private boolean servedByCaller(Caller caller, EstateId estate) {
        LocalDate today = today();
        return caller.companyId().map(CompanyId::new).map(company -> agreements.signedFor(estate).stream()
                .filter(a -> a.everInForce() && !a.termStart().isAfter(today) && !a.lastDayInForce().isBefore(today))
                .anyMatch(a -> a.companyId().equals(company))).orElse(false);
    }
}
