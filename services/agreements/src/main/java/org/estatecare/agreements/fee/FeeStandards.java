package org.estatecare.agreements.fee;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import org.estatecare.events.codes.EstateClass;
import org.estatecare.events.estates.EstateTimeline;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.inbox.EstateTimelines;
import org.estatecare.kit.persistence.AggregateStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.Violation;
import org.estatecare.kit.security.Caller;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * R-AGR-2: the district's fee standards and the class it puts each estate in, both effective-dated. An
 * agreement's fee must fit, on every day of its term (of an amendment: from its first day to the term's
 * end), the standard in force that day for the fee's basis and the class the estate is in that day.
 */
@Service
@Implements("R-AGR-2")
public class FeeStandards implements FeePolicy {

    private static final Logger log = LoggerFactory.getLogger(FeeStandards.class);
    private static final Criteria ALL = new Criteria();

    private final MongoTemplate mongo;
    private final EstateTimelines estates;
    private final EstateFeeClasses classes;
    private final Clock clock;

    public FeeStandards(MongoTemplate mongo, EstateTimelines estates, Clock clock) {
        this.mongo = mongo;
        this.estates = estates;
        this.classes = new EstateFeeClasses(mongo);
        this.clock = clock;
    }

    /** A new standard; one per class, basis and first day (a correction is a new standard from a later day). */
    @PreAuthorize("hasRole('district-admin')")
    public FeeStandard set(EstateClass estateClass, FeeBasis basis, java.math.BigDecimal minimum, java.math.BigDecimal maximum,
                           LocalDate effectiveFrom, String document, Caller caller) {
        var standard = new FeeStandard(new FeeStandardId(UUID.randomUUID().toString()), estateClass, basis, minimum, maximum, effectiveFrom,
                document, caller.username(), clock.instant());
        boolean taken = mongo.exists(Query.query(Criteria.where("estateClass").is(estateClass).and("basis").is(basis)
                .and("effectiveFrom").is(effectiveFrom)), FeeStandard.class);
        if (taken) {
            throw new RuleViolationException(new Violation("R-AGR-2", "standard-exists",
                    "a standard for this class and basis already starts on " + effectiveFrom));
        }
        return mongo.insert(standard);
    }

    /**
     * The standards that pass the filter, in the page's order. In force on a day is, for each class and
     * basis, the last standard begun by then; standards are few, so that is decided on all of them at once.
     */
    public Page<FeeStandard> search(FeeStandardFilter filter, Pageable page) {
        Criteria criteria = new Criteria();
        if (filter.estateClass() != null) {
            criteria.and("estateClass").is(filter.estateClass());
        }
        if (filter.basis() != null) {
            criteria.and("basis").is(filter.basis());
        }
        List<FeeStandard> found = mongo.find(Query.query(criteria).with(page.getSort()), FeeStandard.class);
        if (filter.inForceOn() != null) {
            Map<List<Object>, FeeStandard> inForce = new HashMap<>();
            for (FeeStandard s : found) {
                if (!s.effectiveFrom().isAfter(filter.inForceOn())) {
                    inForce.merge(List.of(s.estateClass(), s.basis()), s,
                            (a, b) -> a.effectiveFrom().isAfter(b.effectiveFrom()) ? a : b);
                }
            }
            found = found.stream().filter(inForce.values()::contains).toList();
        }
        int from = (int) Math.min(page.getOffset(), found.size());
        return new PageImpl<>(found.subList(from, Math.min(from + page.getPageSize(), found.size())), page, found.size());
    }

    /**
     * The district puts an estate in a class from {@code from} on (R-AGR-2); earlier decisions stay, the
     * class's history is kept by period, and the decision leaves as an event with the same write.
     */
    @PreAuthorize("hasRole('district-admin')")
    public EstateFeeClass classify(EstateId estateId, EstateClass estateClass, LocalDate from, Caller caller) {
        EstateTimeline estate = estates.find(estateId).orElseThrow(() -> new RuleViolationException(
                new Violation("R-PRIN-1", "unknown-estate", "estate " + estateId + " is not known here")));
        if (classes.find(estateId, ALL).isEmpty()) {
            try {
                classes.add(EstateFeeClass.unclassed(estateId));
            } catch (DuplicateKeyException raced) {
                // another decision created it a moment ago: decide on its state
            }
        }
        EstateFeeClass decided = classes.update(estateId, ALL, OptionalLong.empty(), feeClass -> feeClass.put(estateClass, from,
                estate.street(), estate.community(), caller.username(), clock.instant()));
        log.info("estate fee class set: estate={} class={} from={}", estateId, estateClass, from);
        return decided;
    }

    /** The estate's fee classes by period; empty when the district has not classed it. */
    public Optional<EstateFeeClass> classesOf(EstateId estateId) {
        return classes.find(estateId, ALL);
    }

    /**
     * R-AGR-2 over a stretch of days (a term, or an amendment's days): on every day from {@code from} to
     * {@code to} the fee must lie within the band of the standard in force that day for the estate's class
     * on that day — every standard that takes effect during it, not only the first day's. Each failing
     * stretch is named with its days ({@code about}: {@code first/last}); none when the fee fits throughout.
     */
    @Override
    public List<Violation> violations(EstateId estateId, Fee fee, LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            return List.of(); // no days (an amendment dated past the term: refused for that by the agreement)
        }
        Optional<EstateFeeClass> feeClass = classesOf(estateId);
        List<EstateFeeClass.Spell> spells = feeClass.map(c -> c.over(from, to))
                .orElse(List.of(new EstateFeeClass.Spell(null, from, to)));
        // the standards of the fee's basis, read once for every class the term passes through
        List<FeeStandard> ofBasis = mongo.find(Query.query(Criteria.where("basis").is(fee.basis())).with(Sort.by("effectiveFrom")),
                FeeStandard.class);
        List<Violation> violations = new ArrayList<>();
        for (EstateFeeClass.Spell spell : spells) {
            if (spell.estateClass() == null) {
                violations.add(new Violation("R-AGR-2", "no-estate-class", "the district has not put estate " + estateId
                        + " in a fee class for " + spell.from() + " to " + spell.to(), spell.from() + "/" + spell.to()));
                continue;
            }
            violations.addAll(checkBands(spell.estateClass(), fee,
                    ofBasis.stream().filter(s -> s.estateClass() == spell.estateClass()).toList(), spell.from(), spell.to()));
        }
        return violations;
    }

    /**
     * R-AGR-2 for one class: {@code standards} are those of the class and the fee's basis, oldest first; each
     * applies from its first day until the next one's. Every standard applying on some day from {@code from}
     * to {@code to} must admit the fee; days no standard covers are named too.
     */
    static List<Violation> checkBands(EstateClass estateClass, Fee fee, List<FeeStandard> standards, LocalDate from,
                                      LocalDate to) {
        List<Violation> violations = new ArrayList<>();
        LocalDate uncovered = from;
        for (int i = 0; i < standards.size(); i++) {
            FeeStandard standard = standards.get(i);
            LocalDate last = i + 1 < standards.size() ? standards.get(i + 1).effectiveFrom().minusDays(1) : to;
            LocalDate first = standard.effectiveFrom().isAfter(from) ? standard.effectiveFrom() : from;
            if (last.isAfter(to)) {
                last = to;
            }
            if (first.isAfter(last)) {
                continue; // not in force on any of these days
            }
            if (first.isAfter(uncovered)) {
                violations.add(noStandard(estateClass, fee, uncovered, first.minusDays(1)));
            }
            uncovered = last.plusDays(1);
            if (!standard.admits(fee)) {
                violations.add(new Violation("R-AGR-2", "fee-outside-standard", "the fee " + fee.amount() + " is outside the band "
                        + standard.minimum() + "–" + standard.maximum() + " of the standard for " + estateClass + " in force from "
                        + standard.effectiveFrom() + (standard.document() == null ? "" : " (" + standard.document() + ")")
                        + ", which applies " + first + " to " + last, first + "/" + last));
            }
        }
        if (!uncovered.isAfter(to)) {
            violations.add(noStandard(estateClass, fee, uncovered, to));
        }
        return violations;
    }

    private static Violation noStandard(EstateClass estateClass, Fee fee, LocalDate from, LocalDate to) {
        return new Violation("R-AGR-2", "no-standard", "no fee standard for " + estateClass + " per " + fee.basis()
                + " is in force from " + from + " to " + to, from + "/" + to);
    }

    /** Fee classes of estates. */
    static class EstateFeeClasses extends AggregateStore<EstateFeeClass, EstateId> {
        EstateFeeClasses(MongoTemplate mongo) {
            super(mongo, EstateFeeClass.class, "estate fee class");
        }
    }
}
