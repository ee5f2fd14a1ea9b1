package org.estatecare.assessments.estates;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.estatecare.events.agreements.AgreementEvents;
import org.estatecare.events.estates.EstateEvents;
import org.estatecare.kit.inbox.EstateTimelines;
import org.estatecare.kit.inbox.InboundEvent;
import org.estatecare.kit.inbox.ServingCompanies;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the kit's projections from the topics that announce them: the registry's estates
 * ({@code estates.v1}: territory, households, in the scheme, management mode) and the agreements in force
 * ({@code agreements.v1}: which company serves which estate on which days). One listener per topic;
 * the other learners of {@code agreements.v1} get each event after the serving companies have it.
 */
@Component
class EstateInbox {

    private final EstateTimelines timelines;
    private final ServingCompanies serving;
    private final List<AgreementEventHandler> agreementHandlers;

    EstateInbox(EstateTimelines timelines, ServingCompanies serving, List<AgreementEventHandler> agreementHandlers) {
        this.timelines = timelines;
        this.serving = serving;
        this.agreementHandlers = agreementHandlers;
    }

    @KafkaListener(topics = EstateEvents.TOPIC)
    void onEstate(ConsumerRecord<String, String> record) {
        timelines.apply(InboundEvent.from(record));
    }

    @KafkaListener(topics = AgreementEvents.TOPIC)
    void onAgreement(ConsumerRecord<String, String> record) {
        InboundEvent event = InboundEvent.from(record);
        serving.apply(event);
        agreementHandlers.forEach(handler -> handler.on(event));
    }
}
