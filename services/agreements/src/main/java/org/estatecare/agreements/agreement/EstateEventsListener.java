package org.estatecare.agreements.agreement;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.estatecare.agreements.estates.EstateProjection;
import org.estatecare.events.estates.EstateEvents;
import org.estatecare.kit.inbox.InboundEvent;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code estates.v1}: the projection learns the event (once, by sequence), then the estate's
 * agreements follow the projection's state — a move, an exit, a mode change. Following is
 * idempotent, so it runs for every such event, including redeliveries: a crash between the two
 * steps cannot leave an agreement running past its estate's exit.
 */
@Component
class EstateEventsListener {

    private final EstateProjection projection;
    private final AgreementService agreements;

    EstateEventsListener(EstateProjection projection, AgreementService agreements) {
        this.projection = projection;
        this.agreements = agreements;
    }

    @KafkaListener(topics = EstateEvents.TOPIC)
    void on(ConsumerRecord<String, String> record) {
        InboundEvent event = InboundEvent.from(record);
        projection.apply(event);
        if (event.is(EstateEvents.EXITED) || event.is(EstateEvents.MANAGEMENT_MODE_CHANGED)
                || event.is(EstateEvents.DETAILS_CHANGED)) {
            agreements.followEstate(event.subject());
        }
    }
}
