package org.estatecare.complaints.estates;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.estatecare.events.codes.Facility;
import org.estatecare.events.estates.EstateEvents;
import org.estatecare.events.estates.MaintenanceNamed;
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
 * and lifts. One document per estate, replaced by a newer naming only (the kit's sequence guard).
 */
@Component
@Implements({"R-MAINT-1", "R-MAINT-2"})
public class RepairUnits {

    static final String COLLECTION = "estate_maintenance";

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
     * Who carries out a repair of {@code facility} at {@code estate} filed on {@code day}: the unit bound by its warranty
     * when the warranty has not ended by then (R-MAINT-1: the street office takes over maintenance only after), else the
     * unit named for fire equipment or lifts; empty when there is none, and the chain of the division of duties applies.
     */
    public Optional<String> unitFor(EstateId estate, Facility facility, LocalDate day) {
        if (facility == null) {
            return Optional.empty();
        }
        Document known = mongo.findById(estate.value(), Document.class, COLLECTION);
        if (known == null) {
            return Optional.empty();
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
        return Optional.ofNullable(named).filter(unit -> !unit.isBlank());
    }
}
