package org.estatecare.assessments.meeting;

import java.util.Objects;

import org.estatecare.events.ids.EstateId;

/**
 * One point on a joint meeting's agenda: what it is about ({@code source} and, for an open problem, the id of the
 * complaint, assessment or rectification order), the estate it concerns if any, and its title.
 */
public record AgendaItem(int number, AgendaSource source, String sourceId, EstateId estateId, String title) {

    public AgendaItem {
        Objects.requireNonNull(source, "source");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("an agenda item has a title");
        }
        if ((source == AgendaSource.OTHER) != (sourceId == null)) {
            throw new IllegalArgumentException("an open problem on the agenda names its source; the street's own point names none");
        }
    }
}
