package org.estatecare.assessments.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.estatecare.assessments.assessment.AssessmentStatus;
import org.estatecare.assessments.assessment.Assessments;
import org.estatecare.assessments.rectification.Escalation;
import org.estatecare.assessments.rectification.RectificationOrder;
import org.estatecare.assessments.rectification.RectificationStatus;
import org.estatecare.assessments.rectification.Rectifications;
import org.estatecare.assessments.scoring.AssessmentPeriod;
import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.security.Role;
import org.estatecare.kit.web.InvalidParameterException;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The district's evaluation (R-ASM-5), read from published assessments. The district, auditors and municipal
 * inspectors see every street; a street office sees its own street's rows only: its street with the rank it holds
 * among the district's streets, the companies as they served its street, its street's trend and drive; departments
 * see the rankings. Anyone else is refused (403).
 */
@Service
@Implements("R-ASM-5")
public class EvaluationService {

    /** The longest trend asked for at once: two years of months. */
    static final int MAX_TREND_PERIODS = 24;

    private final Assessments assessments;
    private final Rectifications rectifications;

    public EvaluationService(Assessments assessments, Rectifications rectifications) {
        this.assessments = assessments;
        this.rectifications = rectifications;
    }

    public List<Standing> rankings(AssessmentPeriod period, Grouping by, Caller caller) {
        Optional<String> ownStreet = ownStreetOnly(caller, true);
        if (ownStreet.isPresent() && by == Grouping.STREET) {
            // where the street stands among the district's: ranked with every street, shown alone (a rank of one is no rank)
            return Evaluation.rank(published(List.of(period), new Criteria()), by).stream()
                    .filter(standing -> standing.key().equals(ownStreet.get())).toList();
        }
        return Evaluation.rank(published(List.of(period), scope(ownStreet)), by);
    }

    public List<TrendPoint> trend(Grouping by, String key, AssessmentPeriod from, AssessmentPeriod to, Caller caller) {
        Optional<String> ownStreet = ownStreetOnly(caller, false);
        if (by == Grouping.STREET && ownStreet.map(street -> !street.equals(key)).orElse(false)) {
            throw new AccessDeniedException("a street office reads its own street's trend");
        }
        if (from.kind() != to.kind()) {
            throw new InvalidParameterException("to", "a trend runs over months or over quarters, not both");
        }
        List<AssessmentPeriod> periods = new ArrayList<>();
        for (AssessmentPeriod p = from; !p.start().isAfter(to.start()); p = p.next()) {
            periods.add(p);
            if (periods.size() > MAX_TREND_PERIODS) {
                throw new InvalidParameterException("to", "a trend covers at most " + MAX_TREND_PERIODS + " periods");
            }
        }
        if (periods.isEmpty()) {
            throw new InvalidParameterException("to", "a trend ends no earlier than it begins");
        }
        Map<String, List<Scored>> byPeriod = new LinkedHashMap<>();
        periods.forEach(p -> byPeriod.put(p.toString(), new ArrayList<>()));
        Criteria own = Criteria.where(by == Grouping.STREET ? "street" : "companyId").is(key);
        published(periods, new Criteria().andOperator(scope(ownStreet), own)).forEach(s -> byPeriod.get(s.period()).add(s));
        return Evaluation.trend(byPeriod, by, key);
    }

    /**
     * The drive of a period: its published assessments against the previous period's, and the orders the district
     * follows up that were opened by the period's end (a drive of an earlier period does not show later orders).
     */
    public Drive drive(AssessmentPeriod period, Caller caller) {
        Criteria scope = scope(ownStreetOnly(caller, false));
        List<Evaluation.EscalatedOrder> escalated = rectifications.all(new Criteria().andOperator(scope,
                        Criteria.where("status").ne(RectificationStatus.CLOSED).and("escalation").is(Escalation.DISTRICT)
                                .and("openedOn").lte(period.end())))
                .stream().map(EvaluationService::escalated).toList();
        return Evaluation.drive(published(List.of(period), scope), published(List.of(period.previous()), scope), escalated);
    }

    private static Evaluation.EscalatedOrder escalated(RectificationOrder order) {
        return new Evaluation.EscalatedOrder(order.estateId(), order.street(), order.companyId().orElse(null));
    }

    /** Published assessments of the periods as last revised (a revision replaces the score and grade in place). */
    private List<Scored> published(List<AssessmentPeriod> periods, Criteria scope) {
        Criteria published = Criteria.where("status").is(AssessmentStatus.PUBLISHED)
                .and("period").in(periods.stream().map(AssessmentPeriod::toString).toList());
        return assessments.all(new Criteria().andOperator(scope, published)).stream().map(Scored::of).toList();
    }

    private static Criteria scope(Optional<String> ownStreet) {
        return ownStreet.map(street -> Criteria.where("street").is(street)).orElseGet(Criteria::new);
    }

    /**
     * Empty for the district-wide roles (and departments, for rankings); a street office's street; anyone else is
     * refused.
     */
    private static Optional<String> ownStreetOnly(Caller caller, boolean rankings) {
        if (caller.hasAny(Role.DISTRICT_ADMIN, Role.AUDITOR, Role.MUNICIPAL_INSPECTOR)
                || (rankings && caller.has(Role.DEPARTMENT_OFFICER))) {
            return Optional.empty();
        }
        Optional<String> street = caller.has(Role.STREET_OFFICER) ? caller.street() : Optional.empty();
        if (street.isPresent()) {
            return street;
        }
        throw new AccessDeniedException("the district's evaluation is read by the district, auditors, municipal inspectors, "
                + "street offices (their street)" + (rankings ? " and departments" : ""));
    }
}
