package org.estatecare.complaints.complaint;

import java.util.Set;

import org.estatecare.complaints.routing.Category;
import org.estatecare.complaints.routing.HandlerKind;
import org.estatecare.events.ids.ComplaintId;
import org.estatecare.events.ids.EstateId;

/**
 * What a list of complaints is narrowed to; {@code null} or empty means "any". {@code overdue}: open and past the
 * resolve deadline at the moment of the query; {@code named}: only these complaints.
 */
public record ComplaintFilter(String street, String community, EstateId estate, Category category,
                              Set<ComplaintStatus> statuses, HandlerKind handler, boolean overdue, Set<ComplaintId> named) {

    public static final ComplaintFilter ANY = new ComplaintFilter(null, null, null, null, Set.of(), null, false, Set.of());

    public ComplaintFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        named = named == null ? Set.of() : Set.copyOf(named);
    }

    /** The same filter, narrowed to these statuses. */
    public ComplaintFilter withStatuses(Set<ComplaintStatus> only) {
        return new ComplaintFilter(street, community, estate, category, only, handler, overdue, named);
    }
}
