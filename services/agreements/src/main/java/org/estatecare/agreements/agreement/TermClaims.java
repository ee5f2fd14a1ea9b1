package org.estatecare.agreements.agreement;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Predicate;

import org.bson.Document;
import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.Violation;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * At most one agreement per estate at a time (R-AGR-1): the terms signed for an estate are claimed in
 * one document per estate, changed only by a conditional write on its version, so two signings racing
 * for overlapping terms cannot both win. A claim written by a signing that then failed to save is
 * ignored (and dropped) once it is older than {@link #ORPHAN_AFTER} and its agreement does not hold the
 * estate.
 */
@Component
class TermClaims {

    static final String COLLECTION = "estate_terms";
    static final Duration ORPHAN_AFTER = Duration.ofMinutes(2);
    private static final int ATTEMPTS = 5;

    private final MongoTemplate mongo;
    private final Clock clock;

    TermClaims(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    record Claim(String agreementId, LocalDate from, LocalDate to, Instant claimedAt) {

        boolean overlaps(LocalDate otherFrom, LocalDate otherTo) {
            return !to.isBefore(otherFrom) && !otherTo.isBefore(from);
        }
    }

    /**
     * Claims {@code from}–{@code to} for the agreement (again, harmlessly, if it already holds it);
     * 422 naming the agreement whose term overlaps. {@code holds} tells whether an agreement really
     * holds the estate (signed, not ended).
     */
    void claim(String estateId, String agreementId, LocalDate from, LocalDate to, Predicate<String> holds) {
        Instant now = clock.instant();
        change(estateId, claims -> {
            List<Claim> kept = new ArrayList<>();
            for (Claim other : claims) {
                if (other.agreementId().equals(agreementId)) {
                    continue;
                }
                boolean orphan = other.claimedAt().plus(ORPHAN_AFTER).isBefore(now) && !holds.test(other.agreementId());
                if (orphan) {
                    continue;
                }
                if (other.overlaps(from, to)) {
                    throw new RuleViolationException(new Violation("R-AGR-1", "one-agreement-at-a-time",
                            "the estate's agreement " + other.agreementId() + " runs " + other.from() + " to " + other.to()
                                    + ", overlapping " + from + " to " + to, other.agreementId()));
                }
                kept.add(other);
            }
            kept.add(new Claim(agreementId, from, to, now));
            return kept;
        });
    }

    /** The agreement holds the estate no longer after {@code last} (dropped when that is before its first day). */
    void shorten(String estateId, String agreementId, LocalDate last) {
        change(estateId, claims -> {
            List<Claim> kept = new ArrayList<>();
            for (Claim claim : claims) {
                if (!claim.agreementId().equals(agreementId)) {
                    kept.add(claim);
                } else if (!last.isBefore(claim.from())) {
                    kept.add(new Claim(claim.agreementId(), claim.from(), last.isBefore(claim.to()) ? last : claim.to(),
                            claim.claimedAt()));
                }
            }
            return kept;
        });
    }

    void release(String estateId, String agreementId) {
        change(estateId, claims -> claims.stream().filter(c -> !c.agreementId().equals(agreementId)).toList());
    }

    private void change(String estateId, java.util.function.UnaryOperator<List<Claim>> change) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Document doc = mongo.findById(estateId, Document.class, COLLECTION);
            long version = doc == null ? 0 : doc.get("version", Number.class).longValue();
            List<Claim> next = change.apply(doc == null ? List.of() : read(doc));
            List<Document> written = next.stream().map(TermClaims::write).toList();
            if (doc == null) {
                try {
                    mongo.insert(new Document("_id", estateId).append("version", 1L).append("terms", written), COLLECTION);
                    return;
                } catch (DuplicateKeyException raced) {
                    continue;
                }
            }
            var result = mongo.updateFirst(Query.query(Criteria.where("_id").is(estateId).and("version").is(version)),
                    new Update().set("terms", written).set("version", version + 1), COLLECTION);
            if (result.getModifiedCount() == 1) {
                return;
            }
        }
        throw new OptimisticLockingFailureException("the estate's terms changed under " + ATTEMPTS + " attempts");
    }

    private static List<Claim> read(Document doc) {
        List<Claim> claims = new ArrayList<>();
        for (Document term : doc.getList("terms", Document.class, List.of())) {
            claims.add(new Claim(term.getString("agreementId"), LocalDate.parse(term.getString("from")),
                    LocalDate.parse(term.getString("to")), term.getDate("claimedAt").toInstant()));
        }
        return claims;
    }

    private static Document write(Claim claim) {
        return new Document("agreementId", claim.agreementId()).append("from", claim.from().toString())
                .append("to", claim.to().toString()).append("claimedAt", Date.from(claim.claimedAt()));
    }
}
