package org.estatecare.assessments.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.estatecare.events.codes.Grade;
import org.estatecare.events.ids.CompanyId;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.domain.Implements;

/**
 * The district's evaluation of long-term management (R-ASM-5), from published assessments as last revised. A mean
 * score weighs each assessment by the days it covers, so a company that served an estate for ten days of a quarter
 * counts for those ten days, and is rounded half up to 2 decimals. Streets and companies rank by mean score, best
 * first; equal means share a rank (1, 2, 2, 4) and are listed by name. The rectification drive lists what the
 * district follows up: estates graded 不合格 or fallen two grades or more since the previous period of the same kind,
 * and companies with a 不合格 or an order the district now follows up.
 */
@Implements("R-ASM-5")
public final class Evaluation {

    private Evaluation() {
    }

    /** Streets or companies of one period, ranked. */
    public static List<Standing> rank(List<Scored> period, Grouping by) {
        Map<String, List<Scored>> groups = new TreeMap<>();
        for (Scored scored : period) {
            by.keyOf(scored).ifPresent(key -> groups.computeIfAbsent(key, k -> new ArrayList<>()).add(scored));
        }
        List<Standing> unranked = new ArrayList<>();
        groups.forEach((key, scored) -> unranked.add(standing(0, key, scored)));
        unranked.sort(Comparator.comparing(Standing::meanScore).reversed().thenComparing(Standing::key));
        List<Standing> ranked = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            Standing s = unranked.get(i);
            int rank = i > 0 && s.meanScore().compareTo(unranked.get(i - 1).meanScore()) == 0 ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new Standing(rank, s.key(), s.estates(), s.assessments(), s.meanScore(), s.grades()));
        }
        return ranked;
    }

    /** One street's or company's standing in each period given, in order; a period without assessments shows none. */
    public static List<TrendPoint> trend(Map<String, List<Scored>> byPeriod, Grouping by, String key) {
        List<TrendPoint> points = new ArrayList<>();
        byPeriod.forEach((period, scored) -> {
            List<Scored> own = scored.stream().filter(s -> by.keyOf(s).map(key::equals).orElse(false)).toList();
            points.add(own.isEmpty() ? new TrendPoint(period, 0, null, grades(List.of()))
                    : new TrendPoint(period, standing(0, key, own).estates(), mean(own), grades(own)));
        });
        return points;
    }

    /**
     * What the district follows up for a period: estates graded 不合格 or fallen two grades or more since the previous
     * period of the same kind (an estate's grade is its worst of the period), companies with a 不合格, and the estates
     * and companies with rectification orders escalated to the district.
     */
    public static Drive drive(List<Scored> period, List<Scored> previous, List<EscalatedOrder> escalated) {
        Map<EstateId, Grade> now = worstByEstate(period);
        Map<EstateId, Grade> before = worstByEstate(previous);
        Map<EstateId, Scored> anyOf = new LinkedHashMap<>();
        period.forEach(s -> anyOf.putIfAbsent(s.estateId(), s));
        Map<EstateId, Drive.EstateToFollow> estates = new TreeMap<>(Comparator.comparing(EstateId::value));
        now.forEach((estate, grade) -> {
            List<FollowUpReason> why = new ArrayList<>();
            if (grade == Grade.FAIL) {
                why.add(FollowUpReason.GRADED_FAIL);
            }
            Grade was = before.get(estate);
            if (fellTwoGradesOrMore(was, grade)) {
                why.add(FollowUpReason.FELL_TWO_GRADES);
            }
            if (!why.isEmpty()) {
                Scored s = anyOf.get(estate);
                estates.put(estate, new Drive.EstateToFollow(estate, s.street(), grade, was, why, 0));
            }
        });
        Map<String, Drive.CompanyToFollow> companies = new TreeMap<>();
        for (Scored s : period) {
            if (s.companyId() != null && s.grade() == Grade.FAIL) {
                companies.merge(s.companyId().value(), new Drive.CompanyToFollow(s.companyId(), 1, 0, List.of(FollowUpReason.GRADED_FAIL)),
                        Drive.CompanyToFollow::plus);
            }
        }
        for (EscalatedOrder order : escalated) {
            estates.merge(order.estateId(), new Drive.EstateToFollow(order.estateId(), order.street(), now.get(order.estateId()),
                    before.get(order.estateId()), List.of(FollowUpReason.RECTIFICATION_ESCALATED), 1), Drive.EstateToFollow::plusOrder);
            if (order.companyId() != null) {
                companies.merge(order.companyId().value(), new Drive.CompanyToFollow(order.companyId(), 0, 1,
                        List.of(FollowUpReason.RECTIFICATION_ESCALATED)), Drive.CompanyToFollow::plus);
            }
        }
        return new Drive(List.copyOf(estates.values()), List.copyOf(companies.values()));
    }

    /** Grades run best first (优秀, 良好, 合格, 不合格): a fall of two steps or more, e.g. 优秀 to 合格 or 良好 to 不合格. */
    static boolean fellTwoGradesOrMore(Grade was, Grade now) {
        return was != null && now.ordinal() - was.ordinal() >= 2;
    }

    /** An order the district follows up (unanswered past its due date and the street office's further days). */
    public record EscalatedOrder(EstateId estateId, String street, CompanyId companyId) {
    }

    static Standing standing(int rank, String key, List<Scored> scored) {
        Set<EstateId> estates = new HashSet<>();
        scored.forEach(s -> estates.add(s.estateId()));
        return new Standing(rank, key, estates.size(), scored.size(), mean(scored), grades(scored));
    }

    static BigDecimal mean(List<Scored> scored) {
        BigDecimal weighted = BigDecimal.ZERO;
        long days = 0;
        for (Scored s : scored) {
            weighted = weighted.add(s.score().multiply(BigDecimal.valueOf(s.days())));
            days += s.days();
        }
        return weighted.divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_UP);
    }

    static Map<Grade, Long> grades(List<Scored> scored) {
        Map<Grade, Long> counts = new EnumMap<>(Grade.class);
        for (Grade grade : Grade.values()) {
            counts.put(grade, 0L);
        }
        scored.forEach(s -> counts.merge(s.grade(), 1L, Long::sum));
        return counts;
    }

    private static Map<EstateId, Grade> worstByEstate(List<Scored> scored) {
        Map<EstateId, Grade> worst = new LinkedHashMap<>();
        for (Scored s : scored) {
            worst.merge(s.estateId(), s.grade(), (a, b) -> a.ordinal() >= b.ordinal() ? a : b);
        }
        return worst;
    }
}
