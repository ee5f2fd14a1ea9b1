package org.estatecare.complaints.estates;

import java.util.Optional;

import org.bson.Document;
import org.estatecare.complaints.complaint.EstateRef;
import org.estatecare.events.estates.EstateDetailsChanged;
import org.estatecare.events.estates.EstateEvents;
import org.estatecare.events.estates.EstateExited;
import org.estatecare.events.estates.EstateIncluded;
import org.estatecare.events.estates.EstateNotIncluded;
import org.estatecare.events.estates.EstateRegistered;
import org.estatecare.events.estates.ManagementCommitteeChanged;
import org.estatecare.events.estates.ManagementModeChanged;
import org.estatecare.kit.inbox.InboundEvent;
import org.estatecare.kit.inbox.SequenceGuard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** The estates projection: one document per estate, changed only by events from the registry. */
@Component
public class EstateProjection {

    static final String COLLECTION = "estate_projection";
    private static final Logger log = LoggerFactory.getLogger(EstateProjection.class);

    private final SequenceGuard guard;
    private final MongoTemplate mongo;

    public EstateProjection(SequenceGuard guard, MongoTemplate mongo) {
        this.guard = guard;
        this.mongo = mongo;
    }

    @KafkaListener(topics = EstateEvents.TOPIC)
    void on(org.apache.kafka.clients.consumer.ConsumerRecord<String, String> record) {
        apply(InboundEvent.from(record));
    }

    /** Applies one event if it is newer than what the projection holds; false when it was not. */
    public boolean apply(InboundEvent event) {
        Update update = new Update();
        if (event.is(EstateEvents.REGISTERED)) {
            EstateRegistered e = event.payload(EstateEvents.REGISTERED);
            territory(update, e.street(), e.community()).set("name", e.name()).set("inScheme", false);
        } else if (event.is(EstateEvents.DETAILS_CHANGED)) {
            EstateDetailsChanged e = event.payload(EstateEvents.DETAILS_CHANGED);
            territory(update, e.street(), e.community()).set("name", e.name());
        } else if (event.is(EstateEvents.INCLUDED)) {
            EstateIncluded e = event.payload(EstateEvents.INCLUDED);
            territory(update, e.street(), e.community()).set("inScheme", true).set("includedOn", e.includedOn().toString());
        } else if (event.is(EstateEvents.NOT_INCLUDED)) {
            EstateNotIncluded e = event.payload(EstateEvents.NOT_INCLUDED);
            territory(update, e.street(), e.community()).set("inScheme", false);
        } else if (event.is(EstateEvents.EXITED)) {
            EstateExited e = event.payload(EstateEvents.EXITED);
            territory(update, e.street(), e.community()).set("inScheme", false).set("exitedOn", e.effectiveDate().toString());
        } else if (event.is(EstateEvents.MANAGEMENT_MODE_CHANGED)) {
            ManagementModeChanged e = event.payload(EstateEvents.MANAGEMENT_MODE_CHANGED);
            territory(update, e.street(), e.community()).set("managementMode", e.mode());
        } else if (event.is(EstateEvents.MANAGEMENT_COMMITTEE_CHANGED)) {
            ManagementCommitteeChanged e = event.payload(EstateEvents.MANAGEMENT_COMMITTEE_CHANGED);
            territory(update, e.street(), e.community());
        } else {
            log.debug("estate event of type {} not used here", event.attributes().type());
            return false;
        }
        return guard.applyIfNewer(COLLECTION, event.subject(), event.sequence(), update);
    }

    /** The estate as of the newest event seen, if any event about it has arrived. */
    public Optional<EstateRef> find(String estateId) {
        Document doc = mongo.findById(estateId, Document.class, COLLECTION);
        if (doc == null || doc.getString("street") == null) {
            return Optional.empty();
        }
        return Optional.of(new EstateRef(estateId, doc.getString("street"), doc.getString("community"),
                Boolean.TRUE.equals(doc.getBoolean("inScheme"))));
    }

    /** Every street of an estate this service knows. */
    public java.util.List<String> streets() {
        return mongo.findDistinct(new org.springframework.data.mongodb.core.query.Query(), "street", COLLECTION, String.class);
    }

    private static Update territory(Update update, String street, String community) {
        return update.set("street", street).set("community", community);
    }
}
