package org.estatecare.complaints.estates;

import java.util.List;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.estatecare.events.estates.EstateEvents;
import org.estatecare.events.estates.EstateTimeline;
import org.estatecare.kit.inbox.EstateTimelines;
import org.estatecare.kit.inbox.InboundEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The estates as the registry announced them on {@code estates.v1}: the platform's shared
 * {@link EstateTimeline}, so "in the scheme on day D" and "company mode on day D" mean here what they mean
 * in every service. Each applied event is passed on as {@link ServingMayHaveChanged}: an exit or a mode
 * change may leave the estate without its company.
 */
@Component
public class EstateProjection {

    private final EstateTimelines timelines;
    private final ApplicationEventPublisher publisher;

    public EstateProjection(EstateTimelines timelines, ApplicationEventPublisher publisher) {
        this.timelines = timelines;
        this.publisher = publisher;
    }

    @KafkaListener(topics = EstateEvents.TOPIC)
    void on(ConsumerRecord<String, String> record) {
        apply(InboundEvent.from(record));
    }

    /** Applies one event if it is newer than what the projection holds; false when it was not (or not an estate event). */
    public boolean apply(InboundEvent event) {
        Optional<EstateTimeline> applied = timelines.apply(event);
        applied.ifPresent(timeline -> publisher.publishEvent(new ServingMayHaveChanged(timeline.estateId())));
        return applied.isPresent();
    }

    /** The estate as announced so far, once its registration (or any later fact) has arrived. */
    public Optional<EstateTimeline> find(String estateId) {
        return timelines.find(estateId);
    }

    /** Every street of an estate this service knows. */
    public List<String> streets() {
        return timelines.streets();
    }
}
