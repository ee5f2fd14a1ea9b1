package org.estatecare.registry.territory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.estatecare.events.estates.EstateEvents;
import org.estatecare.events.estates.StreetMaintenanceUnitsNamed;
import org.estatecare.kit.domain.Aggregate;
import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.domain.Violation;
import org.estatecare.registry.estate.BusinessDates;

/**
 * What a street office answers for, kept per street: the person it names responsible for long-term management
 * (R-STAFF-1), its maintenance method, and the units the district names for its estates' shared facilities after
 * the warranty, paths and street lights (R-MAINT-2). Each is kept with every earlier version, newest last; the one in
 * force on a day is the latest dated on or before it.
 */
@Implements({"R-STAFF-1", "R-MAINT-2"})
public class StreetDuties extends Aggregate<StreetCode> {

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
        BusinessDates.requireInRange("appointedOn", person.appointedOn());
        List<Violation> violations = new ArrayList<>();
        BusinessDates.notInTheFuture(violations, "R-STAFF-1", "appointedOn", person.appointedOn(), today);
        current(responsiblePersons, ResponsiblePerson::appointedOn, LocalDate.MAX).ifPresent(before -> {
            if (person.appointedOn().isBefore(before.appointedOn())) {
                violations.add(new Violation("R-STAFF-1", "before-the-current-appointment", "the person named on "
                        + before.appointedOn() + " is newer than an appointment of " + person.appointedOn(), "appointedOn"));
            }
        });
        BusinessDates.throwIfAny(violations);
        responsiblePersons.add(person);
        changed();
    }

    /** R-MAINT-2: the street office's method, in force from a day up to a year ahead. */
    void adopt(MaintenanceMethod method, LocalDate today) {
        scheduled("effectiveFrom", method.effectiveFrom(), today);
        maintenanceMethods.add(method);
        changed();
    }

    /**
     * R-MAINT-2: the district's units, from a day up to a year ahead; announced (estates.street.maintenance-units-named)
     * so a repair after the warranty goes to the unit in force on its day.
     */
    void name(DistrictMaintenanceUnits units, LocalDate today) {
        scheduled("effectiveFrom", units.effectiveFrom(), today);
        districtUnits.add(units);
        record(EstateEvents.STREET_MAINTENANCE_UNITS_NAMED, new StreetMaintenanceUnitsNamed(storedId(), units.sharedFacilitiesUnit(),
                units.pathsUnit(), units.streetLightsUnit(), units.effectiveFrom(), units.decisionReference()), units.recordedAt());
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

    /** A decision taking effect on a day in the platform's range and at most {@link BusinessDates#SCHEDULING_HORIZON} ahead. */
    private static void scheduled(String field, LocalDate date, LocalDate today) {
        BusinessDates.requireInRange(field, date);
        List<Violation> violations = new ArrayList<>();
        BusinessDates.withinHorizon(violations, "R-MAINT-2", field, date, today);
        BusinessDates.throwIfAny(violations);
    }
}
