package org.estatecare.assessments.meeting;

import java.time.Instant;
import java.util.List;

/** What the street office kept of a held meeting: who attended, and what was decided on each agenda item. */
public record Minutes(List<String> attendees, List<Decision> decisions, String recordedBy, Instant recordedAt) {

    public Minutes {
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
    }

    /** The decision on one agenda item (by its number). */
    public record Decision(int agendaItem, String decision) {
    }
}
