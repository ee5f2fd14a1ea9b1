package org.estatecare.agreements.estates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.bson.Document;
import org.bson.types.Decimal128;
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

    /** Applies one event if it is newer than what the projection holds; false when it was not (or not used here). */
    public boolean apply(InboundEvent event) {
        Update update = new Update();
        if (event.is(EstateEvents.REGISTERED)) {
            EstateRegistered e = event.payload(EstateEvents.REGISTERED);
            facts(update, e.name(), e.street(), e.community(), e.households(), e.floorArea()).set("included", false);
        } else if (event.is(EstateEvents.DETAILS_CHANGED)) {
            EstateDetailsChanged e = event.payload(EstateEvents.DETAILS_CHANGED);
            facts(update, e.name(), e.street(), e.community(), e.households(), e.floorArea());
        } else if (event.is(EstateEvents.INCLUDED)) {
            EstateIncluded e = event.payload(EstateEvents.INCLUDED);
            territory(update, e.street(), e.community()).set("included", true).set("includedOn", e.includedOn().toString())
                    .set("managementMode", e.managementMode());
        } else if (event.is(EstateEvents.NOT_INCLUDED)) {
            EstateNotIncluded e = event.payload(EstateEvents.NOT_INCLUDED);
            territory(update, e.street(), e.community()).set("included", false);
        } else if (event.is(EstateEvents.EXITED)) {
            EstateExited e = event.payload(EstateEvents.EXITED);
            territory(update, e.street(), e.community()).set("exitedOn", e.effectiveDate().toString());
        } else if (event.is(EstateEvents.MANAGEMENT_MODE_CHANGED)) {
            ManagementModeChanged e = event.payload(EstateEvents.MANAGEMENT_MODE_CHANGED);
            territory(update, e.street(), e.community()).set("managementMode", e.mode())
                    .set("managementModeFrom", e.effectiveFrom().toString());
        } else if (event.is(EstateEvents.MANAGEMENT_COMMITTEE_CHANGED)) {
            ManagementCommitteeChanged e = event.payload(EstateEvents.MANAGEMENT_COMMITTEE_CHANGED);
            territory(update, e.street(), e.community()).set("signingParty", e.signingParty());
        } else {
            log.debug("estate event of type {} not used here", event.attributes().type());
            return false;
        }
        return guard.applyIfNewer(COLLECTION, event.subject(), event.sequence(), update);
    }

    /** The estate as of the newest event seen, once its registration has arrived. */
    public Optional<EstateFacts> find(String estateId) {
        Document doc = mongo.findById(estateId, Document.class, COLLECTION);
        if (doc == null || doc.getString("street") == null) {
            return Optional.empty();
        }
        Object area = doc.get("floorArea");
        return Optional.of(new EstateFacts(estateId, doc.getString("name"), doc.getString("street"), doc.getString("community"),
                doc.getInteger("households", 0),
                area instanceof Decimal128 d ? d.bigDecimalValue() : area == null ? null : new BigDecimal(area.toString()),
                Boolean.TRUE.equals(doc.getBoolean("included")), date(doc, "includedOn"), date(doc, "exitedOn"),
                doc.getString("managementMode"), date(doc, "managementModeFrom") == null ? date(doc, "includedOn")
                        : date(doc, "managementModeFrom"),
                doc.getString("signingParty") == null ? EstateFacts.ACTING_RESIDENTS_COMMITTEE : doc.getString("signingParty")));
    }

    private static LocalDate date(Document doc, String field) {
        String value = doc.getString(field);
        return value == null ? null : LocalDate.parse(value);
    }

    private static Update facts(Update update, String name, String street, String community, int households, BigDecimal floorArea) {
        return territory(update, street, community).set("name", name).set("households", households)
                .set("floorArea", floorArea == null ? null : new Decimal128(floorArea));
    }

    private static Update territory(Update update, String street, String community) {
        return update.set("street", street).set("community", community);
    }
}
