package org.estatecare.complaints.complaint;

import java.time.Instant;
import java.util.Set;

import org.estatecare.complaints.routing.Category;
import org.estatecare.complaints.routing.HandlerKind;
import org.estatecare.events.ids.ComplaintId;
import org.estatecare.events.ids.EstateId;

/**
 * What a list of complaints is narrowed to; {@code null} or empty means "any". {@code overdue}: open and past the
 * resolve deadline at the moment of the query; {@code named}: only these complaints; {@code filedFrom} and
 * {@code filedUntil}: filed in that window, both instants included.
 */
public record ComplaintFilter(String street, String community, EstateId estate, Set<Category> categories,
                              Set<ComplaintStatus> statuses, HandlerKind handler, boolean overdue, Set<ComplaintId> named,
                              Instant filedFrom, Instant filedUntil) {

    public static final ComplaintFilter ANY = new ComplaintFilter(null, null, null, Set.of(), Set.of(), null, false, Set.of(),
            null, null);

    public ComplaintFilter {
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        named = named == null ? Set.of() : Set.copyOf(named);
    }

    /** A filter of one category at most, filed at any time. */
    public ComplaintFilter(String street, String community, EstateId estate, Category category, Set<ComplaintStatus> statuses,
                           HandlerKind handler, boolean overdue, Set<ComplaintId> named) {
        this(street, community, estate, category == null ? Set.of() : Set.of(category), statuses, handler, overdue, named,
                null, null);
    }

    /** The same filter, narrowed to these statuses. */
    public ComplaintFilter withStatuses(Set<ComplaintStatus> only) {
        return new ComplaintFilter(street, community, estate, categories, only, handler, overdue, named, filedFrom, filedUntil);
    }
}
