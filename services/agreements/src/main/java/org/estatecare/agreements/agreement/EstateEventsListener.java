package org.estatecare.agreements.agreement;

import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.estatecare.events.estates.EstateEvents;
import org.estatecare.events.estates.EstateTimeline;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.inbox.EstateTimelines;
import org.estatecare.kit.inbox.InboundEvent;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code estates.v1}: the estate's timeline learns the event (once, by sequence), then the
 * estate's agreements follow it as of today — a move, an exit or mode change whose day has come, an exit
 * scheduled for later. Following is idempotent, so it runs for every such event, including
 * redeliveries: a crash between the two steps cannot leave an agreement running past its estate's exit.
 * What is dated later takes effect through the calendar on its day.
 */
@Component
class EstateEventsListener {

    private final EstateTimelines timelines;
    private final AgreementService agreements;

    EstateEventsListener(EstateTimelines timelines, AgreementService agreements) {
        this.timelines = timelines;
        this.agreements = agreements;
    }

    @KafkaListener(topics = EstateEvents.TOPIC)
    void on(ConsumerRecord<String, String> record) {
        InboundEvent event = InboundEvent.from(record);
        Optional<EstateTimeline> applied = timelines.apply(event);
        if (event.is(EstateEvents.EXITED) || event.is(EstateEvents.MANAGEMENT_MODE_CHANGED)
                || event.is(EstateEvents.DETAILS_CHANGED) || event.is(EstateEvents.INCLUDED)) {
            // the timeline just written, or for a repeat (applied before) the stored one
            applied.filter(EstateTimeline::registered).ifPresentOrElse(agreements::followEstate,
                    () -> agreements.followEstate(new EstateId(event.subject())));
        }
    }
}
