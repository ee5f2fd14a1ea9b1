package org.estatecare.complaints.agreements;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.estatecare.complaints.estates.ServingMayHaveChanged;
import org.estatecare.events.agreements.AgreementEnded;
import org.estatecare.events.agreements.AgreementEvents;
import org.estatecare.events.agreements.AgreementSigned;
import org.estatecare.kit.inbox.InboundEvent;
import org.estatecare.kit.inbox.SequenceGuard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * One document per signed agreement: the estate, the company and the days it is in force, changed
 * only by events from the agreements service. A company answers for complaints about the estates it
 * serves (R-AGR-5, R-CMP-2).
 */
@Component
public class AgreementProjection {

    static final String COLLECTION = "agreement_projection";
    private static final Logger log = LoggerFactory.getLogger(AgreementProjection.class);

    private final SequenceGuard guard;
    private final MongoTemplate mongo;
    private final ApplicationEventPublisher publisher;

    public AgreementProjection(SequenceGuard guard, MongoTemplate mongo, ApplicationEventPublisher publisher) {
        this.guard = guard;
        this.mongo = mongo;
        this.publisher = publisher;
    }

    @KafkaListener(topics = AgreementEvents.TOPIC)
    void on(ConsumerRecord<String, String> record) {
        apply(InboundEvent.from(record));
    }

    /** Applies one agreement event if it is newer than what the projection holds; false when it was not (or not used here). */
    public boolean apply(InboundEvent event) {
        Update update = new Update();
        String estateId;
        if (event.is(AgreementEvents.SIGNED) || event.is(AgreementEvents.RENEWED)) {
            AgreementSigned e = event.payload(event.is(AgreementEvents.SIGNED) ? AgreementEvents.SIGNED : AgreementEvents.RENEWED);
            update.set("estateId", e.estateId()).set("companyId", e.companyId()).set("termStart", e.termStart().toString())
                    .set("lastDay", e.termEnd().toString());
            estateId = e.estateId();
        } else if (event.is(AgreementEvents.TERMINATED) || event.is(AgreementEvents.EXPIRED)) {
            AgreementEnded e = event.payload(event.is(AgreementEvents.TERMINATED) ? AgreementEvents.TERMINATED : AgreementEvents.EXPIRED);
            update.set("estateId", e.estateId()).set("companyId", e.companyId()).set("lastDay", e.lastDay().toString());
            estateId = e.estateId();
        } else {
            log.debug("agreement event of type {} not used here", event.attributes().type());
            return false;
        }
        boolean applied = guard.applyIfNewer(COLLECTION, event.subject(), event.sequence(), update);
        if (applied) {
            publisher.publishEvent(new ServingMayHaveChanged(estateId));
        }
        return applied;
    }

    /** The company serving {@code estateId} on {@code day}: one whose agreement is in force then. */
    public Optional<String> companyServing(String estateId, LocalDate day) {
        Query inForce = Query.query(Criteria.where("estateId").is(estateId).and("termStart").lte(day.toString())
                .and("lastDay").gte(day.toString()));
        return mongo.find(inForce, Document.class, COLLECTION).stream().map(doc -> doc.getString("companyId")).findFirst();
    }

    /** The estates a company serves on {@code day}: an agreement of its is in force then. */
    public Set<String> estatesServedBy(String companyId, LocalDate day) {
        Query inForce = Query.query(Criteria.where("companyId").is(companyId).and("termStart").lte(day.toString())
                .and("lastDay").gte(day.toString()));
        return mongo.find(inForce, Document.class, COLLECTION).stream().map(doc -> doc.getString("estateId"))
                .collect(Collectors.toUnmodifiableSet());
    }
}
