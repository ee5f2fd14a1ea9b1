package org.estatecare.assessments.meeting;

import java.time.Instant;
import java.time.LocalDate;

import org.estatecare.events.codes.LabelledCode;


/**
 * What a joint meeting agreed someone does by a day (R-JOINT-1), followed to done: OPEN until its owner (or the street
 * office) reports it done; past its deadline and still open it goes to the district (REFERRED, R-DIST-1), where it stays
 * open for its owner to finish.
 *
 * @param agendaItem the agenda item it settles, if one
 * @param referralId the district referral it went to, once referred
 */
public record ActionItem(int number, Integer agendaItem, Owner owner, String description, LocalDate deadline, Status status,
                         LocalDate doneOn, String doneBy, String note, Instant doneAt, String referralId) {

    public enum Status implements LabelledCode {
        OPEN("待落实"),
        REFERRED("已提请区级协调"),
        DONE("已落实");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    static ActionItem agreed(int number, Integer agendaItem, Owner owner, String description, LocalDate deadline) {
        return new ActionItem(number, agendaItem, owner, description, deadline, Status.OPEN, null, null, null, null, null);
    }

    /** Not done: open, or referred to the district and still waiting. */
    public boolean pending() {
        return status != Status.DONE;
    }

    /** Past its deadline on {@code today}, not done and not yet with the district. */
    public boolean dueForReferralOn(LocalDate today) {
        return status == Status.OPEN && today.isAfter(deadline);
    }

    ActionItem done(LocalDate on, String by, String note, Instant at) {
        return new ActionItem(number, agendaItem, owner, description, deadline, Status.DONE, on, by, note, at, referralId);
    }

    ActionItem referred(String referral) {
        return new ActionItem(number, agendaItem, owner, description, deadline, Status.REFERRED, null, null, null, null, referral);
    }
}
