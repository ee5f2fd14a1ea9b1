package org.estatecare.complaints.estates;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.estatecare.events.codes.Facility;
import org.estatecare.events.estates.EstateEvents;
import org.estatecare.events.estates.MaintenanceNamed;
import org.estatecare.events.estates.StreetMaintenanceUnitsNamed;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.inbox.InboundEvent;
import org.estatecare.kit.inbox.SequenceGuard;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Who repairs each estate's facilities, as the registry last named it ({@code estates.estate.maintenance-named}):
 * the unit bound by a facility's warranty until it ends, and the units the street office named for fire equipment
 * and lifts, one document per estate replaced by a newer naming only (the kit's sequence guard); and the units the
 * district named per street for its paths, street lights and shared facilities after the warranty, every dated
 * version kept ({@code estates.street.maintenance-units-named}).
 */
@Component
@Implements({"R-MAINT-1", "R-MAINT-2"})
public class RepairUnits {

    static final String COLLECTION = "estate_maintenance";
    static final String STREETS = "street_maintenance_units";

    private final MongoTemplate mongo;
    private final SequenceGuard guard;

    RepairUnits(MongoTemplate mongo, SequenceGuard guard) {
        this.mongo = mongo;
        this.guard = guard;
    }

    /**
     * Its own consumer group: a deployment that kept estates before this projection existed learns every naming already
     * announced, from the topic's start, without the other projections reading the topic again.
     */
    @KafkaListener(topics = EstateEvents.TOPIC, groupId = "${spring.kafka.consumer.group-id}-repair-units")
    void onEstate(ConsumerRecord<String, String> record) {
        apply(InboundEvent.from(record));
    }

    /** Takes a naming in; other events change nothing. True when it was newer than what was known. */
    boolean apply(InboundEvent event) {
        if (event.is(EstateEvents.STREET_MAINTENANCE_UNITS_NAMED)) {
            StreetMaintenanceUnitsNamed named = event.payload(EstateEvents.STREET_MAINTENANCE_UNITS_NAMED);
            Document version = new Document("effectiveFrom", named.effectiveFrom().toString())
                    .append("sharedFacilitiesUnit", named.sharedFacilitiesUnit()).append("pathsUnit", named.pathsUnit())
                    .append("streetLightsUnit", named.streetLightsUnit());
            return guard.applyIfNewer(STREETS, named.street(), event.sequence(), new Update().push("versions", version));
        }
        if (!event.is(EstateEvents.MAINTENANCE_NAMED)) {
            return false;
        }
        MaintenanceNamed named = event.payload(EstateEvents.MAINTENANCE_NAMED);
        List<Document> warranties = named.warranties().stream()
                .map(w -> new Document("facility", w.facility()).append("endsOn", w.endsOn().toString()).append("unit", w.unit()))
                .toList();
        Update update = new Update().set("fireEquipmentUnit", named.fireEquipmentUnit()).set("liftUnit", named.liftUnit())
                .set("warranties", warranties);
        return guard.applyIfNewer(COLLECTION, named.estateId(), event.sequence(), update);
    }

    /**
     * Who carries out a repair of {@code facility} at {@code estate} of {@code street} filed on {@code day}: the unit bound
     * by its warranty when the warranty has not ended by then (R-MAINT-1), else the unit the street office named for fire
     * equipment or lifts, else the unit the district named for the street's paths, street lights or other shared
     * facilities in force that day (R-MAINT-2); empty when there is none, and the chain of the division of duties applies.
     */
    public Optional<String> unitFor(EstateId estate, String street, Facility facility, LocalDate day) {
        if (facility == null) {
            return Optional.empty();
        }
        Document known = mongo.findById(estate.value(), Document.class, COLLECTION);
        if (known == null) {
            return districtUnit(street, facility, day);
        }
        List<Document> warranties = known.getList("warranties", Document.class, List.of());
        Optional<String> warranty = warranties.stream()
                .filter(w -> facility.name().equals(w.getString("facility")))
                .filter(w -> !LocalDate.parse(w.getString("endsOn")).isBefore(day))
                .map(w -> w.getString("unit"))
                .filter(unit -> unit != null && !unit.isBlank())
                .findFirst();
        if (warranty.isPresent()) {
            return warranty;
        }
        String named = switch (facility) {
            case FIRE_EQUIPMENT -> known.getString("fireEquipmentUnit");
            case LIFT -> known.getString("liftUnit");
            default -> null;
        };
        return Optional.ofNullable(named).filter(unit -> !unit.isBlank()).or(() -> districtUnit(street, facility, day));
    }

    /** The district's unit for the street's paths, street lights or other shared facilities, as named for {@code day}. */
    private Optional<String> districtUnit(String street, Facility facility, LocalDate day) {
        String field = switch (facility) {
            case PATH_BETWEEN_BUILDINGS -> "pathsUnit";
            case STREET_LIGHT -> "streetLightsUnit";
            case FIRE_EQUIPMENT, LIFT, OTHER -> null;
            default -> "sharedFacilitiesUnit";
        };
        Document units = field == null || street == null ? null : mongo.findById(street, Document.class, STREETS);
        if (units == null) {
            return Optional.empty();
        }
        return units.getList("versions", Document.class, List.of()).stream()
                .filter(v -> !LocalDate.parse(v.getString("effectiveFrom")).isAfter(day))
                .max(java.util.Comparator.comparing(v -> v.getString("effectiveFrom")))
                .map(v -> v.getString(field)).filter(unit -> unit != null && !unit.isBlank());
    }
}
