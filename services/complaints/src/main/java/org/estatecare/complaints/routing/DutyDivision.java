package org.estatecare.complaints.routing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.estatecare.kit.domain.Aggregate;
import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.StateConflictException;
import org.estatecare.kit.domain.Violation;

/**
 * A district's division of complaint duties (职责分工) as its dated decisions, every one kept (R-DUTY-1). A
 * complaint routes by the decision in force on its filing day: the latest standing one dated on or before it.
 * A decision takes effect from a day after the one it is recorded on (a day that has begun is never
 * re-divided: its complaints were routed already) and at most a year ahead; no two standing decisions share a
 * day. One not in force yet may be revoked; one in force is only ever superseded.
 */
@Implements("R-DUTY-1")
public class DutyDivision extends Aggregate<DutyDivisionId> {

    public static final String RULE = "R-DUTY-1";
    /** How far ahead a decision may be dated. */
    static final int MONTHS_AHEAD = 12;

    private String district;
    private List<DutyDecision> decisions = new ArrayList<>();

    private DutyDivision() {
        // for the mapper
    }

    private DutyDivision(String district) {
        super(new DutyDivisionId(district));
        this.district = district;
    }

    @Override
    public DutyDivisionId id() {
        return new DutyDivisionId(district);
    }

    /**
     * The district's record started from the decision in force when it was first kept here (imported as
     * it stood, whatever its day), so complaints always have a division to route by.
     */
    public static DutyDivision startingWith(String district, String version, LocalDate effectiveFrom, String reference,
                                            String note, Map<Category, List<Step>> chains, String actor, Instant now) {
        DutyDivision division = new DutyDivision(district);
        division.decisions.add(new DutyDecision(1, version, effectiveFrom, reference, note, complete(chains), actor, now, null));
        return division;
    }

    /** Records a decision the district took; refused (422) when it is dated on a day begun or taken, or misses a category. */
    public DutyDecision decide(String version, LocalDate effectiveFrom, String reference, String note,
                               Map<Category, List<Step>> chains, String actor, LocalDate today, Instant now) {
        if (find(version).isPresent()) {
            throw new StateConflictException("decide " + version, "RECORDED (a decision is never replaced: give the new one its own version)");
        }
        if (!effectiveFrom.isAfter(today)) {
            throw new RuleViolationException(new Violation(RULE, "effective-not-ahead",
                    "a division of duties takes effect from tomorrow at the earliest (" + today.plusDays(1)
                            + "): complaints filed until then were routed already", "effectiveFrom"));
        }
        if (effectiveFrom.isAfter(today.plusMonths(MONTHS_AHEAD))) {
            throw new RuleViolationException(new Violation(RULE, "effective-too-far",
                    "a division of duties is dated at most " + MONTHS_AHEAD + " months ahead (" + today.plusMonths(MONTHS_AHEAD) + ")",
                    "effectiveFrom"));
        }
        standingOn(effectiveFrom).filter(d -> d.effectiveFrom().equals(effectiveFrom)).ifPresent(same -> {
            throw new RuleViolationException(new Violation(RULE, "effective-day-taken",
                    "decision " + same.version() + " takes effect on " + effectiveFrom + " already; revoke it first", "effectiveFrom"));
        });
        DutyDecision decision = new DutyDecision(decisions.size() + 1L, version, effectiveFrom, reference, note,
                complete(chains), actor, now, null);
        decisions.add(decision);
        return decision;
    }

    /** Takes back a decision not in force yet; one in force (or past) is superseded by a new one instead. */
    public DutyDecision revoke(String version, String reason, String actor, LocalDate today, Instant now) {
        DutyDecision decision = find(version).orElseThrow(() -> new org.estatecare.kit.domain.NotFoundException("duty decision", version));
        if (!decision.stands()) {
            throw new StateConflictException("revoke " + version, DutyDecision.Standing.REVOKED.name());
        }
        if (!decision.effectiveFrom().isAfter(today)) {
            throw new RuleViolationException(new Violation(RULE, "in-force-not-revocable",
                    "decision " + version + " has been in force since " + decision.effectiveFrom()
                            + ": complaints were routed by it; record a new decision to supersede it", "version"));
        }
        DutyDecision revoked = decision.revoke(actor, now, reason);
        decisions.set(decisions.indexOf(decision), revoked);
        return revoked;
    }

    /** The decision in force on {@code day}: the latest standing one dated on or before it. */
    public Optional<DutyDecision> standingOn(LocalDate day) {
        return decisions.stream().filter(DutyDecision::stands).filter(d -> !d.effectiveFrom().isAfter(day))
                .max(Comparator.comparing(DutyDecision::effectiveFrom));
    }

    /** The routing table in force on {@code day}. */
    public RoutingTable tableOn(LocalDate day) {
        return standingOn(day).orElseThrow(() -> new IllegalStateException("no division of duties in force on " + day))
                .table(district);
    }

    /** How {@code decision} stands on {@code today}. */
    public DutyDecision.Standing standingOf(DutyDecision decision, LocalDate today) {
        if (!decision.stands()) {
            return DutyDecision.Standing.REVOKED;
        }
        if (decision.effectiveFrom().isAfter(today)) {
            return DutyDecision.Standing.SCHEDULED;
        }
        return standingOn(today).filter(d -> d.number() == decision.number()).isPresent()
                ? DutyDecision.Standing.IN_FORCE : DutyDecision.Standing.SUPERSEDED;
    }

    public Optional<DutyDecision> find(String version) {
        return decisions.stream().filter(d -> d.version().equals(version)).findFirst();
    }

    /** Every decision, the newest recorded first. */
    public List<DutyDecision> decisions() {
        List<DutyDecision> newestFirst = new ArrayList<>(decisions);
        java.util.Collections.reverse(newestFirst);
        return List.copyOf(newestFirst);
    }

    public String district() {
        return district;
    }

    /** The chains of a decision, refused (422) unless every category has one. */
    private static Map<Category, List<Step>> complete(Map<Category, List<Step>> chains) {
        List<Violation> missing = RoutingTable.missingCategories(chains).stream()
                .map(category -> new Violation(RULE, "category-unassigned",
                        "the division of duties assigns nobody to " + category.name() + " (" + category.label() + ")",
                        "chains." + category.name()))
                .toList();
        if (!missing.isEmpty()) {
            throw new RuleViolationException(missing);
        }
        return Map.copyOf(chains);
    }
}
