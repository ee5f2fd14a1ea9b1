package org.estatecare.agreements.agreement;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.bson.Document;
import org.estatecare.events.ids.AgreementId;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.domain.Implements;
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
 * At most one agreement per estate at a time (R-AGR-1), decided here and nowhere else: the terms signed
 * for an estate are claimed in one document per estate, changed only by a conditional write on its
 * version, so two signings racing for overlapping terms cannot both win. An agreement is signed only
 * under its claim ({@link #signUnderClaim}); one that ends early holds the estate only up to its last
 * day ({@link #follow}). A claim written by a signing that then failed to save is released at once,
 * or, if the process stopped in between, ignored (and dropped) once it is older than
 * {@link #ORPHAN_AFTER} and its agreement was never signed.
 */
@Component
@Implements("R-AGR-1")
class TermClaims {

    static final String COLLECTION = "estate_terms";
    static final Duration ORPHAN_AFTER = Duration.ofMinutes(2);
    private static final int ATTEMPTS = 5;

    private final MongoTemplate mongo;
    private final Agreements agreements;
    private final Clock clock;

    TermClaims(MongoTemplate mongo, Agreements agreements, Clock clock) {
        this.mongo = mongo;
        this.agreements = agreements;
        this.clock = clock;
    }

    record Claim(AgreementId agreementId, LocalDate from, LocalDate to, Instant claimedAt) {

        boolean overlaps(LocalDate otherFrom, LocalDate otherTo) {
            return !to.isBefore(otherFrom) && !otherTo.isBefore(from);
        }
    }

    /**
     * Runs {@code signing} on the agreement and claims its term for the estate in the same step; 422
     * naming the agreement whose term overlaps. The claim is released again when the signing is not saved.
     */
    Agreement signUnderClaim(AgreementId id, Criteria scope, OptionalLong ifMatch, Consumer<Agreement> signing) {
        AtomicReference<EstateId> claimedFor = new AtomicReference<>();
        try {
            return agreements.update(id, scope, ifMatch, agreement -> {
                claimedFor.set(agreement.estateId());
                signing.accept(agreement);
                claim(agreement);
            });
        } catch (RuntimeException failed) {
            // a claim this call may have written is released only if the agreement stayed a draft
            if (claimedFor.get() != null && !wasSigned(id)) {
                change(claimedFor.get(), claims -> claims.stream().filter(c -> !c.agreementId().equals(id)).toList());
            }
            throw failed;
        }
    }

    /** An agreement ended early holds the estate no longer after its last day in force (none, if that is before its first). */
    void follow(Agreement ended) {
        LocalDate last = ended.lastDayInForce();
        change(ended.estateId(), claims -> {
            List<Claim> kept = new ArrayList<>();
            for (Claim claim : claims) {
                if (!claim.agreementId().equals(ended.id())) {
                    kept.add(claim);
                } else if (!last.isBefore(claim.from())) {
                    kept.add(new Claim(claim.agreementId(), claim.from(), last.isBefore(claim.to()) ? last : claim.to(),
                            claim.claimedAt()));
                }
            }
            return kept;
        });
    }

    /** Claims the agreement's term (again, harmlessly, if it already holds it). */
    private void claim(Agreement agreement) {
        AgreementId id = agreement.id();
        LocalDate from = agreement.termStart();
        LocalDate to = agreement.termEnd();
        Instant now = clock.instant();
        change(agreement.estateId(), claims -> {
            List<Claim> kept = new ArrayList<>();
            for (Claim other : claims) {
                if (other.agreementId().equals(id)) {
                    continue;
                }
                if (other.claimedAt().plus(ORPHAN_AFTER).isBefore(now) && !wasSigned(other.agreementId())) {
                    continue; // left by a signing that failed to save
                }
                if (other.overlaps(from, to)) {
                    throw new RuleViolationException(new Violation("R-AGR-1", "one-agreement-at-a-time",
                            "the estate's agreement " + other.agreementId() + " runs " + other.from() + " to " + other.to()
                                    + ", overlapping " + from + " to " + to, other.agreementId().value()));
                }
                kept.add(other);
            }
            kept.add(new Claim(id, from, to, now));
            return kept;
        });
    }

    /** Whether the agreement was ever signed (it may have ended since): its claim stands. */
    private boolean wasSigned(AgreementId id) {
        return mongo.exists(Query.query(Criteria.where("_id").is(id.value()).and("status").ne(AgreementStatus.DRAFT)),
                Agreement.class);
    }

    private void change(EstateId estateId, UnaryOperator<List<Claim>> change) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Document doc = mongo.findById(estateId.value(), Document.class, COLLECTION);
            long version = doc == null ? 0 : doc.get("version", Number.class).longValue();
            List<Document> written = change.apply(doc == null ? List.of() : read(doc)).stream().map(TermClaims::write).toList();
            if (doc == null) {
                try {
                    mongo.insert(new Document("_id", estateId.value()).append("version", 1L).append("terms", written), COLLECTION);
                    return;
                } catch (DuplicateKeyException raced) {
                    continue;
                }
            }
            var result = mongo.updateFirst(Query.query(Criteria.where("_id").is(estateId.value()).and("version").is(version)),
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
            claims.add(new Claim(new AgreementId(term.getString("agreementId")), LocalDate.parse(term.getString("from")),
                    LocalDate.parse(term.getString("to")), term.getDate("claimedAt").toInstant()));
        }
        return claims;
    }

    private static Document write(Claim claim) {
        return new Document("agreementId", claim.agreementId().value()).append("from", claim.from().toString())
                .append("to", claim.to().toString()).append("claimedAt", Date.from(claim.claimedAt()));
    }
}
