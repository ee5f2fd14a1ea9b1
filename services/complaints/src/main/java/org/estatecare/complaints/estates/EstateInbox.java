package org.estatecare.complaints.estates;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.estatecare.events.agreements.AgreementEvents;
import org.estatecare.events.estates.EstateEvents;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.inbox.EstateTimelines;
import org.estatecare.kit.inbox.InboundEvent;
import org.estatecare.kit.inbox.ServingCompanies;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the kit's projections from the topics that announce them: the registry's estates ({@code estates.v1})
 * and the agreements in force ({@code agreements.v1}). Each applied event is passed on as
 * {@link ServingMayHaveChanged}: an exit, a mode change or an agreement ending may leave an estate without its
 * company. Who repairs an estate's facilities is {@link RepairUnits}' own listener.
 */
@Component
class EstateInbox {

    private final EstateTimelines timelines;
    private final ServingCompanies serving;
    private final ApplicationEventPublisher publisher;

    EstateInbox(EstateTimelines timelines, ServingCompanies serving, ApplicationEventPublisher publisher) {
        this.timelines = timelines;
        this.serving = serving;
        this.publisher = publisher;
    }

    @KafkaListener(topics = EstateEvents.TOPIC)
    void onEstate(ConsumerRecord<String, String> record) {
        timelines.apply(InboundEvent.from(record))
                .ifPresent(timeline -> publisher.publishEvent(new ServingMayHaveChanged(new EstateId(timeline.estateId()))));
    }

    @KafkaListener(topics = AgreementEvents.TOPIC)
    void onAgreement(ConsumerRecord<String, String> record) {
        serving.apply(InboundEvent.from(record)).ifPresent(estate -> publisher.publishEvent(new ServingMayHaveChanged(estate)));
    }
}
