package org.estatecare.complaints.complaint.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.estatecare.complaints.complaint.Complaint;
import org.estatecare.complaints.complaint.ComplaintAccess;
import org.estatecare.complaints.complaint.Place;
import org.estatecare.events.ids.ComplaintId;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.web.Coded;

/**
 * A complaint as one caller may see it: the complainant in full only for those allowed, else masked.
 * {@code resolvedOnTime}: every handler along the chain finished its step by that step's deadline (an escalation
 * after a missed deadline does not restart the clock); {@code companyOnTime}: the service company finished its own
 * step by its deadline (null if it had none or was not judged); {@code informed}: bodies told at once besides the
 * handler, e.g. {@code RESIDENTS_COMMITTEE:<community>} for a violation (R-CMP-2).
 */
public record ComplaintView(ComplaintId id, long revision, EstateId estateId, String street, String community, Coded category,
                            Coded facility,
                            Coded channel, Coded reporterKind, Contact complainant, boolean anonymous, Place place,
                            String description, List<String> photos, Coded status, Handler handler, Instant filedAt,
                            Instant resolvedAt, Boolean resolvedOnTime, Boolean companyOnTime, boolean overdue,
                            Integer satisfaction, ComplaintId duplicateOf, String routingVersion, List<String> informed) {

    /** Name and phone, in full or masked ({@code masked} says which). */
    public record Contact(String name, String phone, boolean masked) {
    }

    /**
     * Who has it and by when: {@code acknowledgeBy}/{@code resolveBy} are the business dates (Beijing) the deadlines
     * fall on; {@code acknowledgeDueAt}/{@code resolveDueAt} the exact moments they pass — the end of that day for
     * working-day steps, so many hours after assignment for hour steps (R-CMP-5). {@code provisional}: the
     * deadlines count through a year whose official holiday arrangement is not loaded yet. {@code unit}: the maintenance
     * unit carrying out the street office's step of a repair — bound by the facility's warranty, or named to maintain it.
     */
    public record Handler(Coded kind, String department, String unit, int step, LocalDate acknowledgeBy, LocalDate resolveBy,
                          boolean provisional, Instant acknowledgeDueAt, Instant resolveDueAt) {
    }

    /** {@code full}: whether this caller may see the complainant ({@link ComplaintAccess#seesPersonalData}). */
    public static ComplaintView of(Complaint c, boolean full, Instant now) {
        var person = c.complainant();
        Contact contact = person.anonymous() ? null : full ? new Contact(person.name(), person.phone(), false)
                : new Contact(person.masked().name(), person.masked().phone(), true);
        Handler handler = c.assignment().map(a -> new Handler(Coded.of(a.step().kind()),
                a.step().department(), a.step().unit(), a.stepIndex(), a.acknowledgeBy(), a.resolveBy(), a.provisional(),
                a.acknowledgeDueAt(), a.resolveDueAt())).orElse(null);
        return new ComplaintView(c.id(), c.revision(), c.estate().estateId(), c.estate().street(), c.estate().community(),
                Coded.of(c.category()), c.facility().map(Coded::of).orElse(null), Coded.of(c.channel()),
                Coded.of(c.reporterKind()), contact, person.anonymous(), c.place(),
                c.description(), c.photos(), Coded.of(c.status()), handler, c.filedAt(),
                c.resolvedAt().orElse(null), c.resolvedOnTime().orElse(null), c.companyOnTime().orElse(null), c.isOverdue(now),
                c.satisfaction().orElse(null), c.duplicateOf().orElse(null), c.routingVersion(), c.informed());
    }
}
