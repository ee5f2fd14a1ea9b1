package org.estatecare.events;

import java.util.List;
import java.util.stream.Stream;

import org.estatecare.events.agreements.AgreementEvents;
import org.estatecare.events.complaints.ComplaintEvents;
import org.estatecare.events.estates.EstateEvents;

/** Every event contract of the platform, topic by topic: what the contract tests walk. */
public final class EventCatalog {

    private EventCatalog() {
    }

    public static List<EventContract<?>> all() {
        return Stream.of(EstateEvents.all(), ComplaintEvents.all(), AgreementEvents.all()).flatMap(List::stream).toList();
    }
}
