package org.estatecare.kit.security;

import java.util.List;

import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Who may see and do what with one kind of aggregate: one Spring component per service and aggregate
 * ({@code EstateAccess}, {@code AgreementAccess}, {@code ComplaintAccess}). Reads apply {@link #scope} in
 * the query itself, so what lies outside is "not found" in reads, writes, lists and counts alike and is
 * never loaded then hidden; commands ask the component's {@code may…(Caller, aggregate)} checks, which
 * answer 403 where the caller sees the object but may not act on it.
 */
public interface Access {

    /** The condition to AND into every query a caller's request makes. */
    Criteria scope(Caller caller);

    /** Everything: for the district-wide roles and for the service's own counts, never from a claim. */
    static Criteria everything() {
        return new Criteria();
    }

    /** Nothing: a caller whose roles and claims grant no scope. */
    static Criteria nothing() {
        return Criteria.where("_id").exists(false);
    }

    /** Whatever any of the conditions lets the caller see; nothing when there is none. */
    static Criteria anyOf(List<Criteria> conditions) {
        return conditions.isEmpty() ? nothing() : new Criteria().orOperator(conditions);
    }
}
