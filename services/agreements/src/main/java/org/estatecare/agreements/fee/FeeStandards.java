package org.estatecare.agreements.fee;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.bson.Document;
import org.estatecare.agreements.estates.EstateProjection;
import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.Violation;
import org.estatecare.kit.security.Caller;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * R-AGR-2: the district's fee standards and the class it puts each estate in. Which band applies to
 * an agreement is the one in force, for the estate's class and the fee's basis, on the day that matters
 * (signing, or an amendment's first day).
 */
@Service
public class FeeStandards {

    static final String ESTATE_CLASSES = "estate_fee_class";

    private final MongoTemplate mongo;
    private final EstateProjection estates;
    private final Clock clock;

    public FeeStandards(MongoTemplate mongo, EstateProjection estates, Clock clock) {
        this.mongo = mongo;
        this.estates = estates;
        this.clock = clock;
    }

    /** A new standard; one per class, basis and first day (a correction is a new standard from a later day). */
    @PreAuthorize("hasRole('district-admin')")
    public FeeStandard set(EstateClass estateClass, FeeBasis basis, java.math.BigDecimal minimum, java.math.BigDecimal maximum,
                           LocalDate effectiveFrom, String document, Caller caller) {
        var standard = new FeeStandard(UUID.randomUUID().toString(), estateClass, basis, minimum, maximum, effectiveFrom,
                document, caller.username(), clock.instant());
        boolean taken = mongo.exists(Query.query(Criteria.where("estateClass").is(estateClass).and("basis").is(basis)
                .and("effectiveFrom").is(effectiveFrom)), FeeStandard.class);
        if (taken) {
            throw new RuleViolationException(new Violation("R-AGR-2", "standard-exists",
                    "a standard for this class and basis already starts on " + effectiveFrom));
        }
        return mongo.insert(standard);
    }

    public List<FeeStandard> list(EstateClass estateClass, FeeBasis basis, LocalDate inForceOn) {
        Criteria criteria = new Criteria();
        if (estateClass != null) {
            criteria.and("estateClass").is(estateClass);
        }
        if (basis != null) {
            criteria.and("basis").is(basis);
        }
        List<FeeStandard> all = mongo.find(Query.query(criteria).with(Sort.by("estateClass", "basis", "effectiveFrom")),
                FeeStandard.class);
        if (inForceOn == null) {
            return all;
        }
        return all.stream()
                .filter(s -> inForce(s.estateClass(), s.basis(), inForceOn).map(found -> found.id().equals(s.id())).orElse(false))
                .toList();
    }

    public Optional<FeeStandard> inForce(EstateClass estateClass, FeeBasis basis, LocalDate on) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("estateClass").is(estateClass).and("basis").is(basis)
                .and("effectiveFrom").lte(on)).with(Sort.by(Sort.Direction.DESC, "effectiveFrom")).limit(1), FeeStandard.class));
    }

    /** The district puts an estate in a class; earlier assignments stay in its history. */
    @PreAuthorize("hasRole('district-admin')")
    public void classify(String estateId, EstateClass estateClass, Caller caller) {
        if (estates.find(estateId).isEmpty()) {
            throw new RuleViolationException(new Violation("R-PRIN-1", "unknown-estate", "estate " + estateId + " is not known here"));
        }
        var now = java.util.Date.from(clock.instant());
        mongo.upsert(Query.query(Criteria.where("_id").is(estateId)),
                new Update().set("estateClass", estateClass.name()).set("setBy", caller.username()).set("setAt", now)
                        .push("history", new Document(Map.of("estateClass", estateClass.name(), "setBy", caller.username(),
                                "setAt", now))), ESTATE_CLASSES);
    }

    public Optional<EstateClass> classOf(String estateId) {
        Document doc = mongo.findById(estateId, Document.class, ESTATE_CLASSES);
        return doc == null ? Optional.empty() : Optional.of(EstateClass.valueOf(doc.getString("estateClass")));
    }

    /**
     * R-AGR-2: the fee must lie within the band in force on {@code on} for the estate's class; every
     * failing condition is returned (none when it fits).
     */
    public List<Violation> check(String estateId, Fee fee, LocalDate on) {
        Optional<EstateClass> estateClass = classOf(estateId);
        if (estateClass.isEmpty()) {
            return List.of(new Violation("R-AGR-2", "no-estate-class",
                    "the district has not put estate " + estateId + " in a fee class"));
        }
        Optional<FeeStandard> standard = inForce(estateClass.get(), fee.basis(), on);
        if (standard.isEmpty()) {
            return List.of(new Violation("R-AGR-2", "no-standard",
                    "no fee standard for " + estateClass.get() + " per " + fee.basis() + " is in force on " + on));
        }
        if (!standard.get().admits(fee)) {
            return List.of(new Violation("R-AGR-2", "fee-outside-standard", "the fee " + fee.amount() + " is outside the standard "
                    + standard.get().minimum() + "–" + standard.get().maximum() + " in force on " + on));
        }
        return List.of();
    }
}
