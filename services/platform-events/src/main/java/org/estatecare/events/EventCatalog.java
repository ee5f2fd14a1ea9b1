package org.estatecare.events;

import java.util.List;
import java.util.stream.Stream;

import org.estatecare.events.agreements.AgreementEvents;
import org.estatecare.events.assessments.AssessmentEvents;
import org.estatecare.events.complaints.ComplaintEvents;
import org.estatecare.events.estates.EstateEvents;
import org.estatecare.events.subsidies.SubsidyEvents;

/** Every topic and event contract of the platform: what the contract tests walk and what producers declare. */
public final class EventCatalog {

    private static final List<EventTopic> TOPICS = List.of(
            new EventTopic(EstateEvents.TOPIC, "estate-registry"),
            new EventTopic(AgreementEvents.TOPIC, "agreements"),
            new EventTopic(ComplaintEvents.TOPIC, "complaints"),
            new EventTopic(AssessmentEvents.TOPIC, "assessments"),
            new EventTopic(SubsidyEvents.TOPIC, "subsidies"));

    private EventCatalog() {
    }

    public static List<EventContract<?>> all() {
        return Stream.of(EstateEvents.all(), ComplaintEvents.all(), AgreementEvents.all(), AssessmentEvents.all(),
                        SubsidyEvents.all())
                .flatMap(List::stream).toList();
    }

    /** Every topic, with the service that publishes on it. */
    public static List<EventTopic> topics() {
        return TOPICS;
    }

    /** The topics the service named {@code application} publishes on (none for a service that only consumes). */
    public static List<String> producedBy(String application) {
        return TOPICS.stream().filter(topic -> topic.producer().equals(application)).map(EventTopic::name).toList();
    }
}
