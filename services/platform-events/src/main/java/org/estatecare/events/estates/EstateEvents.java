package org.estatecare.events.estates;

import java.util.List;

import org.estatecare.events.EventContract;

/**
 * The events of topic {@value #TOPIC}; key and subject are the estate id — for the street's events the street's code;
 * source {@code /estatecare/estate-registry}.
 */
public final class EstateEvents {

    public static final String TOPIC = "estates.v1";

    public static final EventContract<EstateRegistered> REGISTERED =
            new EventContract<>(TOPIC, "estates.estate.registered", EstateRegistered.class);
    public static final EventContract<EstateDetailsChanged> DETAILS_CHANGED =
            new EventContract<>(TOPIC, "estates.estate.details-changed", EstateDetailsChanged.class);
    public static final EventContract<EstateIncluded> INCLUDED =
            new EventContract<>(TOPIC, "estates.estate.included", EstateIncluded.class);
    public static final EventContract<EstateNotIncluded> NOT_INCLUDED =
            new EventContract<>(TOPIC, "estates.estate.not-included", EstateNotIncluded.class);
    public static final EventContract<EstateExited> EXITED =
            new EventContract<>(TOPIC, "estates.estate.exited", EstateExited.class);
    public static final EventContract<ManagementModeChanged> MANAGEMENT_MODE_CHANGED =
            new EventContract<>(TOPIC, "estates.estate.management-mode-changed", ManagementModeChanged.class);
    public static final EventContract<ManagementCommitteeChanged> MANAGEMENT_COMMITTEE_CHANGED =
            new EventContract<>(TOPIC, "estates.estate.management-committee-changed", ManagementCommitteeChanged.class);
    public static final EventContract<MaintenanceNamed> MAINTENANCE_NAMED =
            new EventContract<>(TOPIC, "estates.estate.maintenance-named", MaintenanceNamed.class);

    /** A street's event (key and subject the street's code): the district's units for its maintenance (R-MAINT-2). */
    public static final EventContract<StreetMaintenanceUnitsNamed> STREET_MAINTENANCE_UNITS_NAMED =
            new EventContract<>(TOPIC, "estates.street.maintenance-units-named", StreetMaintenanceUnitsNamed.class);

    private EstateEvents() {
    }

    public static List<EventContract<?>> all() {
        return List.of(REGISTERED, DETAILS_CHANGED, INCLUDED, NOT_INCLUDED, EXITED,
                MANAGEMENT_MODE_CHANGED, MANAGEMENT_COMMITTEE_CHANGED, MAINTENANCE_NAMED, STREET_MAINTENANCE_UNITS_NAMED);
    }

    /** The events about one estate (subject the estate's id): what an estate's timeline is made of. */
    public static List<EventContract<?>> aboutEstates() {
        return all().stream().filter(contract -> contract != STREET_MAINTENANCE_UNITS_NAMED).toList();
    }
}
