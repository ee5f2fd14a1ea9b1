package org.estatecare.subsidies.allocation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.estatecare.events.codes.EstateClass;
import org.estatecare.events.codes.Grade;
import org.estatecare.events.codes.ManagementMode;
import org.estatecare.events.estates.EstateTimeline;
import org.estatecare.events.ids.CompanyId;
import org.estatecare.kit.domain.Implements;
import org.estatecare.subsidies.policy.GradeFactors;
import org.estatecare.subsidies.policy.PolicyBook;
import org.estatecare.subsidies.policy.RateUnit;
import org.estatecare.subsidies.policy.Share;
import org.estatecare.subsidies.policy.SubsidyRate;

/**
 * What an estate earns in a month, day by day (R-SUB-1, R-SUB-2, R-SUB-4, R-EXIT-2):
 * <ul>
 *   <li>a day earns only in the scheme: from the inclusion date, and nothing from the exit date on (the exit day
 *   itself earns nothing); an exit dated ahead stops nothing before its day;</li>
 *   <li>each share pays its rate for the estate's class on that day, by the floor area or the households of that day,
 *   as 1/(days of the month) of the monthly rate;</li>
 *   <li>the company serving the estate that day is paid where a company manages it; otherwise the recipient the
 *   district names for the mode;</li>
 *   <li>the district share is scaled by the factor of the grade of the assessment whose period holds the day (the
 *   month's own, else its quarter's), for the company assessed; while no grade is published it is held at nothing,
 *   as is a 不合格 grade until a re-inspection revises it; the municipal share is never scaled.</li>
 * </ul>
 * Consecutive days priced alike form a segment of the trace; a line's amount is Σ(rate × quantity × factor × days)
 * ÷ days of the month, computed exactly and rounded to the fen, HALF_UP, once.
 */
@Implements({"R-SUB-1", "R-SUB-2", "R-SUB-4", "R-EXIT-2"})
public final class Entitlements {

    private static final Share[] SHARES = Share.values();
    /** Decimals of the unrounded figures a trace shows. */
    static final int TRACE_DECIMALS = 6;

    private Entitlements() {
    }

    public static EstateMonth of(EstateFacts facts, YearMonth month, PolicyBook policy) {
        EstateTimeline timeline = facts.timeline();
        BigDecimal daysInMonth = BigDecimal.valueOf(month.lengthOfMonth());
        Map<Entitlement.LineKey, List<Segment>> lines = new LinkedHashMap<>();
        List<Gap> gaps = new ArrayList<>();
        Map<Share, Gap> openGaps = new EnumMap<>(Share.class);
        for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
            if (!timeline.inSchemeOn(day)) {
                continue;
            }
            Optional<Recipient> recipient = recipientOn(facts, day, policy);
            Optional<EstateClass> estateClass = facts.classOn(day);
            Optional<EstateTimeline.SizeSpell> size = timeline.sizeOn(day);
            for (Share share : SHARES) {
                GapReason missing = recipient.isEmpty() ? GapReason.NO_RECIPIENT
                        : estateClass.isEmpty() ? GapReason.NO_CLASS : size.isEmpty() ? GapReason.NO_SIZE : null;
                Optional<SubsidyRate> rate = missing == null ? policy.rateOn(share, estateClass.get(), day) : Optional.empty();
                if (missing == null && rate.isEmpty()) {
                    missing = GapReason.NO_RATE;
                }
                if (missing != null) {
                    gap(gaps, openGaps, facts, share, missing, day);
                    continue;
                }
                openGaps.remove(share);
                Segment priced = price(facts, share, recipient.get(), rate.get(), size.get(), day, daysInMonth, policy);
                List<Segment> trace = lines.computeIfAbsent(new Entitlement.LineKey(share, recipient.get()),
                        k -> new ArrayList<>());
                extend(trace, priced, daysInMonth);
            }
        }
        List<Entitlement> entitlements = new ArrayList<>(lines.size());
        lines.forEach((key, trace) -> {
            BigDecimal monthly = BigDecimal.ZERO;
            int days = 0;
            for (Segment segment : trace) {
                monthly = monthly.add(segment.rate().multiply(segment.quantity()).multiply(segment.factor())
                        .multiply(BigDecimal.valueOf(segment.days())));
                days += segment.days();
            }
            // the one rounding of the line: the exact sum of the month's day-shares, to the fen, HALF_UP
            BigDecimal amount = monthly.divide(daysInMonth, 2, RoundingMode.HALF_UP);
            entitlements.add(new Entitlement(facts.estateId(), timeline.street(), timeline.community(), month,
                    key.share(), key.recipient(), days, amount, trace));
        });
        return new EstateMonth(entitlements, gaps);
    }

    private static Optional<Recipient> recipientOn(EstateFacts facts, LocalDate day, PolicyBook policy) {
        Optional<ManagementMode> mode = facts.timeline().modeOn(day).map(ManagementMode::valueOf);
        if (mode.isEmpty()) {
            return Optional.empty();
        }
        if (mode.get() == ManagementMode.SERVICE_COMPANY) {
            return facts.companyOn(day).map(Recipient::company);
        }
        return policy.recipientOn(mode.get(), day).map(named -> Recipient.named(named.code()));
    }

    /** One day of one share, as a segment of one day. */
    private static Segment price(EstateFacts facts, Share share, Recipient recipient, SubsidyRate rate,
                                 EstateTimeline.SizeSpell size, LocalDate day, BigDecimal daysInMonth, PolicyBook policy) {
        BigDecimal quantity = rate.unit() == RateUnit.PER_SQUARE_METRE_MONTH ? size.floorArea()
                : BigDecimal.valueOf(size.households());
        Grade grade = null;
        String assessmentId = null;
        BigDecimal factor = BigDecimal.ONE;
        SegmentStatus status = SegmentStatus.PAYABLE;
        if (share == Share.DISTRICT) {
            CompanyId company = recipient.company().orElse(null);
            Optional<GradeSpell> graded = facts.gradeOn(day, company);
            if (graded.isEmpty()) {
                factor = BigDecimal.ZERO;
                status = SegmentStatus.AWAITING_GRADE;
            } else {
                grade = graded.get().grade();
                assessmentId = graded.get().assessmentId();
                GradeFactors table = policy.factorsOn(day);
                factor = table.of(grade);
                status = grade == Grade.FAIL ? SegmentStatus.WITHHELD_FAIL : SegmentStatus.PAYABLE;
            }
        }
        return new Segment(day, day, 1, facts.classOn(day).orElseThrow(), rate.amount(), rate.unit(), rate.version(),
                quantity, grade, assessmentId, factor, status, exact(rate.amount(), quantity, factor, 1, daysInMonth));
    }

    /** Appends a day to the trace: the last segment grows when the day follows it and is priced alike. */
    private static void extend(List<Segment> trace, Segment day, BigDecimal daysInMonth) {
        if (!trace.isEmpty()) {
            Segment last = trace.get(trace.size() - 1);
            if (last.to().plusDays(1).equals(day.from()) && last.pricedAs(day)) {
                int days = last.days() + 1;
                trace.set(trace.size() - 1, new Segment(last.from(), day.to(), days, last.estateClass(), last.rate(),
                        last.unit(), last.rateVersion(), last.quantity(), last.grade(), last.assessmentId(), last.factor(),
                        last.status(), exact(last.rate(), last.quantity(), last.factor(), days, daysInMonth)));
                return;
            }
        }
        trace.add(day);
    }

    /** rate × quantity × factor × days ÷ days of the month, shown in the trace; the line's amount is not summed from it. */
    static BigDecimal exact(BigDecimal rate, BigDecimal quantity, BigDecimal factor, int days, BigDecimal daysInMonth) {
        return rate.multiply(quantity).multiply(factor).multiply(BigDecimal.valueOf(days))
                .divide(daysInMonth, TRACE_DECIMALS, RoundingMode.HALF_UP);
    }

    private static void gap(List<Gap> gaps, Map<Share, Gap> open, EstateFacts facts, Share share, GapReason reason,
                            LocalDate day) {
        Gap last = open.get(share);
        if (last != null && last.reason() == reason && last.to().plusDays(1).equals(day)) {
            Gap longer = new Gap(last.estateId(), last.street(), share, reason, last.from(), day, last.days() + 1);
            gaps.set(gaps.indexOf(last), longer);
            open.put(share, longer);
            return;
        }
        Gap started = new Gap(facts.estateId(), facts.timeline().street(), share, reason, day, day, 1);
        gaps.add(started);
        open.put(share, started);
    }
}
