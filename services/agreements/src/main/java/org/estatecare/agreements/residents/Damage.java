package org.estatecare.agreements.residents;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.estatecare.events.codes.Facility;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.domain.Aggregate;
import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.StateConflictException;
import org.estatecare.kit.domain.Violation;

/**
 * Damage to a building or a shared facility of an estate and who is liable for it (R-RES-1): a household of the estate
 * or a named outside party, exactly one; then the repair with its cost, and what was recovered from the liable party
 * (never more than the repair cost).
 */
@Implements("R-RES-1")
public class Damage extends Aggregate<ResidentsRecordId> {

    public record Repair(LocalDate repairedOn, BigDecimal cost, String by) {
    }

    public record Recovery(LocalDate recoveredOn, BigDecimal amount, String by) {
    }

    private EstateId estateId;
    private String street;
    private Facility facility;
    private String description;
    private LocalDate foundOn;
    private String liableHousehold;
    private String liableParty;
    private Repair repair;
    private List<Recovery> recoveries = new ArrayList<>();
    private String recordedBy;
    private Instant recordedAt;

    protected Damage() {
    }

    private Damage(ResidentsRecordId id) {
        super(id);
    }

    @Override
    public ResidentsRecordId id() {
        return new ResidentsRecordId(storedId());
    }

    static Damage record(EstateId estate, String street, Facility facility, String description, LocalDate foundOn, String liableHousehold,
                         String liableParty, String actor, LocalDate today, Instant now) {
        List<Violation> violations = new ArrayList<>();
        if (foundOn.isAfter(today) || foundOn.isBefore(Household.FIRST_MONTH.atDay(1))) {
            violations.add(new Violation(Household.RULE, "found-on-outside", "damage is recorded once found, from 2000 up to today", "foundOn"));
        }
        if ((liableHousehold == null) == (liableParty == null)) {
            violations.add(new Violation(Household.RULE, "liable-one", "name one liable party: a household of the estate or an outside party",
                    "liableHouseholdId"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        Damage damage = new Damage(ResidentsRecordId.issue("dm"));
        damage.estateId = estate;
        damage.street = street;
        damage.facility = facility;
        damage.description = description;
        damage.foundOn = foundOn;
        damage.liableHousehold = liableHousehold;
        damage.liableParty = liableParty;
        damage.recordedBy = actor;
        damage.recordedAt = now;
        damage.changed();
        return damage;
    }

    /** The repair and its cost, once: not before the damage was found, not after today. */
    public void repaired(LocalDate on, BigDecimal cost, String actor, LocalDate today) {
        if (repair != null) {
            throw new StateConflictException("record-repair", "REPAIRED");
        }
        if (on.isBefore(foundOn) || on.isAfter(today)) {
            throw new RuleViolationException(new Violation(Household.RULE, "repaired-on-outside", "repaired between the day the damage was "
                    + "found (" + foundOn + ") and today", "repairedOn"));
        }
        repair = new Repair(on, cost.setScale(2), actor);
        changed();
    }

    /** Money recovered from the liable party: after the repair, never more in all than its cost. */
    public void recovered(LocalDate on, BigDecimal amount, String actor, LocalDate today) {
        if (repair == null) {
            throw new StateConflictException("record-recovery", "NOT_REPAIRED");
        }
        List<Violation> violations = new ArrayList<>();
        if (on.isBefore(repair.repairedOn()) || on.isAfter(today)) {
            violations.add(new Violation(Household.RULE, "recovered-on-outside", "recovered between the repair and today", "recoveredOn"));
        }
        if (recovered().add(amount).compareTo(repair.cost()) > 0) {
            violations.add(new Violation(Household.RULE, "recovered-above-cost", "no more is recovered than the repair cost ("
                    + repair.cost() + ")", "amount"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        recoveries.add(new Recovery(on, amount.setScale(2), actor));
        changed();
    }

    public BigDecimal recovered() {
        return recoveries.stream().map(Recovery::amount).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    }

    public EstateId estateId() {
        return estateId;
    }

    public String street() {
        return street;
    }

    public Facility facility() {
        return facility;
    }

    public String description() {
        return description;
    }

    public LocalDate foundOn() {
        return foundOn;
    }

    public String liableHousehold() {
        return liableHousehold;
    }

    public String liableParty() {
        return liableParty;
    }

    public Repair repair() {
        return repair;
    }

    public List<Recovery> recoveries() {
        return List.copyOf(recoveries);
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
