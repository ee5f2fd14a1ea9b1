package org.estatecare.registry.territory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.estatecare.kit.domain.Aggregate;
import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.Violation;

/**
 * What a street office answers for, kept per street: the person it names responsible for long-term management
 * (R-STAFF-1), its maintenance method, and the units the district names for its estates' shared facilities after
 * the warranty, paths and street lights (R-MAINT-2). Each is kept with every earlier version, newest last; the one in
 * force on a day is the latest dated on or before it.
 */
@Implements({"R-STAFF-1", "R-MAINT-2"})
public class StreetDuties extends Aggregate<StreetCode> {

    /** No appointment or decision of the platform is dated before this day. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    /** A method or a naming takes effect at most this far ahead. */
    static final int MONTHS_AHEAD = 12;

    private List<ResponsiblePerson> responsiblePersons = new ArrayList<>();
    private List<MaintenanceMethod> maintenanceMethods = new ArrayList<>();
    private List<DistrictMaintenanceUnits> districtUnits = new ArrayList<>();

    protected StreetDuties() {
    }

    StreetDuties(StreetCode street) {
        super(street);
    }

    @Override
    public StreetCode id() {
        return StreetCode.of(storedId());
    }

    /** R-STAFF-1: an appointment that has been made (not after today), not before the person now named. */
    void name(ResponsiblePerson person, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        dated(violations, "R-STAFF-1", "appointedOn", person.appointedOn(), today);
        current(responsiblePersons, ResponsiblePerson::appointedOn, LocalDate.MAX).ifPresent(before -> {
            if (person.appointedOn().isBefore(before.appointedOn())) {
                violations.add(new Violation("R-STAFF-1", "before-the-current-appointment", "the person named on "
                        + before.appointedOn() + " is newer than an appointment of " + person.appointedOn(), "appointedOn"));
            }
        });
        refuseIf(violations);
        responsiblePersons.add(person);
        changed();
    }

    /** R-MAINT-2: the street office's method, in force from a day up to a year ahead. */
    void adopt(MaintenanceMethod method, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        scheduled(violations, "R-MAINT-2", "effectiveFrom", method.effectiveFrom(), today);
        refuseIf(violations);
        maintenanceMethods.add(method);
        changed();
    }

    /** R-MAINT-2: the district's units, from a day up to a year ahead. */
    void name(DistrictMaintenanceUnits units, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        scheduled(violations, "R-MAINT-2", "effectiveFrom", units.effectiveFrom(), today);
        refuseIf(violations);
        districtUnits.add(units);
        changed();
    }

    public Optional<ResponsiblePerson> responsiblePersonOn(LocalDate day) {
        return current(responsiblePersons, ResponsiblePerson::appointedOn, day);
    }

    public Optional<MaintenanceMethod> maintenanceMethodOn(LocalDate day) {
        return current(maintenanceMethods, MaintenanceMethod::effectiveFrom, day);
    }

    public Optional<DistrictMaintenanceUnits> districtUnitsOn(LocalDate day) {
        return current(districtUnits, DistrictMaintenanceUnits::effectiveFrom, day);
    }

    public List<ResponsiblePerson> responsiblePersons() {
        return List.copyOf(responsiblePersons);
    }

    public List<MaintenanceMethod> maintenanceMethods() {
        return List.copyOf(maintenanceMethods);
    }

    public List<DistrictMaintenanceUnits> districtUnits() {
        return List.copyOf(districtUnits);
    }

    /** The latest dated on or before {@code day}; of two dated alike, the one recorded later. */
    private static <T> Optional<T> current(List<T> versions, java.util.function.Function<T, LocalDate> from, LocalDate day) {
        T found = null;
        for (T version : versions) {
            LocalDate start = from.apply(version);
            if (!start.isAfter(day) && (found == null || !start.isBefore(from.apply(found)))) {
                found = version;
            }
        }
        return Optional.ofNullable(found);
    }

    private static void dated(List<Violation> violations, String rule, String field, LocalDate date, LocalDate today) {
        if (date.isBefore(EARLIEST)) {
            violations.add(new Violation(rule, "before-the-records", field + " " + date + " is before " + EARLIEST, field));
        }
        if (date.isAfter(today)) {
            violations.add(new Violation(rule, "in-the-future", field + " " + date + " is after today, " + today, field));
        }
    }

    private static void scheduled(List<Violation> violations, String rule, String field, LocalDate date, LocalDate today) {
        if (date.isBefore(EARLIEST)) {
            violations.add(new Violation(rule, "before-the-records", field + " " + date + " is before " + EARLIEST, field));
        }
        if (date.isAfter(today.plusMonths(MONTHS_AHEAD))) {
            violations.add(new Violation(rule, "too-far-ahead", field + " " + date + " is more than " + MONTHS_AHEAD
                    + " months ahead of today, " + today, field));
        }
    }

    private static void refuseIf(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
    }
}
