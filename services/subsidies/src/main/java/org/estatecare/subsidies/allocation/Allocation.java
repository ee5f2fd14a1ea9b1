package org.estatecare.subsidies.allocation;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.function.BiPredicate;

import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.domain.Implements;
import org.estatecare.subsidies.policy.PolicyBook;

/**
 * Plans an allocation run of a month: the month's regular line per estate, share and recipient, and — for every
 * earlier month an approved run allocated — an adjustment wherever what an estate earns that month now differs from
 * what approved runs allocated for it. An approved line is never edited; original and adjustments together always
 * come to the entitlement as the facts stand now. A run of the same facts plans the same lines (idempotent).
 */
@Implements({"R-SUB-2", "R-SUB-4", "R-EXIT-2"})
public final class Allocation {

    private Allocation() {
    }

    /**
     * @param estates every estate known, with its facts
     * @param settled the earlier months approved runs allocated, oldest first
     * @param allocated the lines approved runs allocated, by estate id
     * @param review whether an estate's month must be compared again (false only where nothing about the estate or
     *               the policy changed since that month was last settled)
     */
    public static AllocationPlan plan(YearMonth period, Collection<EstateFacts> estates, PolicyBook policy,
                                      SortedSet<YearMonth> settled, Map<EstateId, List<AllocatedLine>> allocated,
                                      BiPredicate<EstateId, YearMonth> review) {
        SortedSet<YearMonth> earlier = settled.headSet(period);
        // each estate is planned on its own (nothing is shared but read-only inputs), in parallel, kept in order
        List<AllocationPlan> perEstate = estates.parallelStream().map(facts -> {
            EstateMonth month = Entitlements.of(facts, period, policy);
            List<PlannedLine> lines = new ArrayList<>();
            month.entitlements().forEach(e -> lines.add(PlannedLine.regular(e)));
            List<AllocatedLine> before = allocated.getOrDefault(facts.estateId(), List.of());
            for (YearMonth settledMonth : earlier) {
                if (review.test(facts.estateId(), settledMonth)) {
                    lines.addAll(adjustments(facts, settledMonth, policy, before));
                }
            }
            return new AllocationPlan(period, lines, month.gaps());
        }).toList();
        List<PlannedLine> lines = new ArrayList<>();
        List<Gap> gaps = new ArrayList<>();
        perEstate.forEach(plan -> {
            lines.addAll(plan.lines());
            gaps.addAll(plan.gaps());
        });
        return new AllocationPlan(period, lines, gaps);
    }

    /** The adjustments of {@code month}: per share and recipient, what the estate earns now less what was allocated. */
    static List<PlannedLine> adjustments(EstateFacts facts, YearMonth month, PolicyBook policy, List<AllocatedLine> allocated) {
        Map<Entitlement.LineKey, Entitlement> now = new LinkedHashMap<>();
        Entitlements.of(facts, month, policy).entitlements().forEach(e -> now.put(e.key(), e));
        Map<Entitlement.LineKey, List<AllocatedLine>> then = new LinkedHashMap<>();
        for (AllocatedLine line : allocated) {
            if (line.month().equals(month)) {
                then.computeIfAbsent(new Entitlement.LineKey(line.share(), line.recipient()), k -> new ArrayList<>()).add(line);
            }
        }
        Set<Entitlement.LineKey> keys = new LinkedHashSet<>(then.keySet());
        keys.addAll(now.keySet());
        List<PlannedLine> adjustments = new ArrayList<>();
        for (Entitlement.LineKey key : keys) {
            Entitlement current = now.get(key);
            List<AllocatedLine> paid = then.getOrDefault(key, List.of());
            BigDecimal allocatedSoFar = paid.stream().map(AllocatedLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal earned = current == null ? BigDecimal.ZERO : current.amount();
            BigDecimal difference = earned.subtract(allocatedSoFar);
            if (difference.signum() == 0) {
                continue;
            }
            // a recipient new to the month corrects what the share paid others that month
            List<AllocatedLine> sameShare = then.entrySet().stream().filter(entry -> entry.getKey().share() == key.share())
                    .flatMap(entry -> entry.getValue().stream()).toList();
            List<String> corrects = (paid.isEmpty() ? sameShare : paid).stream().map(AllocatedLine::lineId).toList();
            List<Segment> trace = current == null ? List.of() : current.trace();
            adjustments.add(new PlannedLine(LineKind.ADJUSTMENT, facts.estateId(), facts.timeline().street(),
                    facts.timeline().community(), month, key.share(), key.recipient(), current == null ? 0 : current.days(),
                    difference, trace, corrects, reason(facts, month, paid, current, !sameShare.isEmpty())));
        }
        return adjustments;
    }

    /** The first difference between the trace allocated and the trace now, in the order a reader looks for it. */
    static AdjustmentReason reason(EstateFacts facts, YearMonth month, List<AllocatedLine> paid, Entitlement now,
                                   boolean sharePaidBefore) {
        if (now == null) {
            boolean inSchemeSomeDay = month.atDay(1).datesUntil(month.atEndOfMonth().plusDays(1))
                    .anyMatch(facts.timeline()::inSchemeOn);
            return exitedBy(facts, month) ? AdjustmentReason.EXIT
                    : inSchemeSomeDay ? AdjustmentReason.RECIPIENT : AdjustmentReason.ELIGIBILITY;
        }
        if (paid.isEmpty()) {
            return sharePaidBefore ? AdjustmentReason.RECIPIENT : AdjustmentReason.ELIGIBILITY;
        }
        List<Segment> before = paid.get(paid.size() - 1).trace();
        List<Segment> after = now.trace();
        int daysBefore = before.stream().mapToInt(Segment::days).sum();
        if (daysBefore != now.days()) {
            return exitedBy(facts, month) ? AdjustmentReason.EXIT : AdjustmentReason.ELIGIBILITY;
        }
        if (differs(before, after, Segment::estateClass)) {
            return AdjustmentReason.CLASS;
        }
        if (differs(before, after, s -> s.quantity().stripTrailingZeros())) {
            return AdjustmentReason.SIZE;
        }
        if (differs(before, after, s -> s.rateVersion())) {
            return AdjustmentReason.RATE;
        }
        return AdjustmentReason.GRADE;
    }

    private static boolean exitedBy(EstateFacts facts, YearMonth month) {
        return facts.timeline().exitFrom() != null && !facts.timeline().exitFrom().isAfter(month.atEndOfMonth());
    }

    /** Whether some day is priced with a different {@code attribute} now than then. */
    private static boolean differs(List<Segment> before, List<Segment> after, java.util.function.Function<Segment, Object> attribute) {
        Map<java.time.LocalDate, Object> then = new LinkedHashMap<>();
        for (Segment s : before) {
            for (var day = s.from(); !day.isAfter(s.to()); day = day.plusDays(1)) {
                then.put(day, attribute.apply(s));
            }
        }
        for (Segment s : after) {
            Object value = attribute.apply(s);
            for (var day = s.from(); !day.isAfter(s.to()); day = day.plusDays(1)) {
                if (!java.util.Objects.equals(then.get(day), value)) {
                    return true;
                }
            }
        }
        return false;
    }
}
