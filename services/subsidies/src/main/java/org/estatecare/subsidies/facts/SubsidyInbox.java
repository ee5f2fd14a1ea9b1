package org.estatecare.subsidies.facts;

import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.estatecare.events.agreements.AgreementEvents;
import org.estatecare.events.assessments.AssessmentEvents;
import org.estatecare.events.estates.EstateEvents;
import org.estatecare.events.estates.EstateExited;
import org.estatecare.events.estates.EstateTimeline;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.inbox.EstateTimelines;
import org.estatecare.kit.inbox.InboundEvent;
import org.estatecare.kit.inbox.ServingCompanies;
import org.estatecare.subsidies.stop.SubsidyStops;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the projections from the topics that announce them, one listener per topic, and marks each estate an event
 * changed. An exit (R-EXIT-2) also announces that the estate's subsidies stop from its date.
 */
@Component
class SubsidyInbox {

    private final EstateTimelines timelines;
    private final ServingCompanies serving;
    private final EstateClasses classes;
    private final Grades grades;
    private final UseReports reports;
    private final EstateChanges changes;
    private final SubsidyStops stops;

    SubsidyInbox(EstateTimelines timelines, ServingCompanies serving, EstateClasses classes, Grades grades,
                 UseReports reports, EstateChanges changes, SubsidyStops stops) {
        this.timelines = timelines;
        this.serving = serving;
        this.classes = classes;
        this.grades = grades;
        this.reports = reports;
        this.changes = changes;
        this.stops = stops;
    }

    @KafkaListener(topics = EstateEvents.TOPIC)
    void onEstate(ConsumerRecord<String, String> record) {
        InboundEvent event = InboundEvent.from(record);
        Optional<EstateTimeline> applied = timelines.apply(event);
        applied.ifPresent(timeline -> changes.touch(timeline.estateId()));
        if (event.is(EstateEvents.EXITED)) {
            // announced again on redelivery only once: the stop notice is keyed by the estate and its exit day
            EstateExited exit = event.payload(EstateEvents.EXITED);
            stops.announce(exit);
        }
    }

    @KafkaListener(topics = AgreementEvents.TOPIC)
    void onAgreement(ConsumerRecord<String, String> record) {
        InboundEvent event = InboundEvent.from(record);
        serving.apply(event).map(EstateId::value).ifPresent(changes::touch);
        if (event.is(AgreementEvents.FEE_CLASS_CHANGED)) {
            var decision = event.payload(AgreementEvents.FEE_CLASS_CHANGED);
            if (classes.apply(decision)) {
                changes.touch(decision.estateId());
            }
        } else if (event.is(AgreementEvents.SUBSIDY_USE_REPORTED)) {
            reports.apply(event.payload(AgreementEvents.SUBSIDY_USE_REPORTED));
        }
    }

    @KafkaListener(topics = AssessmentEvents.TOPIC)
    void onAssessment(ConsumerRecord<String, String> record) {
        InboundEvent event = InboundEvent.from(record);
        if (event.is(AssessmentEvents.PUBLISHED) || event.is(AssessmentEvents.REVISED)) {
            var published = event.payload(event.is(AssessmentEvents.PUBLISHED) ? AssessmentEvents.PUBLISHED
                    : AssessmentEvents.REVISED);
            if (grades.apply(published)) {
                changes.touch(published.estateId());
            }
        }
    }
}
