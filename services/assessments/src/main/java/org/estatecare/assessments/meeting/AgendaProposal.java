package org.estatecare.assessments.meeting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.estatecare.assessments.assessment.AssessmentStatus;
import org.estatecare.assessments.assessment.Assessments;
import org.estatecare.assessments.evidence.ComplaintLedger;
import org.estatecare.assessments.inspection.EstateFacts;
import org.estatecare.assessments.rectification.RectificationStatus;
import org.estatecare.assessments.rectification.Rectifications;
import org.estatecare.assessments.scoring.AssessmentPeriod;
import org.estatecare.events.codes.Grade;
import org.estatecare.events.estates.EstateTimeline;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.domain.Implements;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * What a street's joint meeting could take up (R-JOINT-1): its estates' open problems as they stand today — complaints
 * still with a handler past their step's deadline (as complaints.v1 told), estates whose latest published grade fails,
 * and rectification orders not closed. The street office picks from it and adds its own points.
 */
@Component
@Implements("R-JOINT-1")
public class AgendaProposal {

    private final ComplaintLedger complaints;
    private final Assessments assessments;
    private final Rectifications rectifications;
    private final EstateFacts estates;

    AgendaProposal(ComplaintLedger complaints, Assessments assessments, Rectifications rectifications, EstateFacts estates) {
        this.complaints = complaints;
        this.assessments = assessments;
        this.rectifications = rectifications;
        this.estates = estates;
    }

    /** The estate's name as the registry announced it, before what the problem is. */
    private String about(EstateId estate, String problem) {
        return estates.find(estate).map(EstateTimeline::name).filter(name -> name != null && !name.isBlank())
                .map(name -> name + "：" + problem).orElse(problem);
    }

    /** The open problems of {@code street}'s estates on {@code today}, overdue complaints first. */
    public List<AgendaItem> of(String street, LocalDate today) {
        List<Graded> published = assessments.all(Criteria.where("street").is(street).and("status").is(AssessmentStatus.PUBLISHED))
                .stream().map(a -> new Graded(a.id().value(), a.estateId(), a.period(), a.grade(), a.score())).toList();
        List<Open> rectificationsOpen = rectifications.all(Criteria.where("street").is(street).and("status").ne(RectificationStatus.CLOSED))
                .stream().map(r -> new Open(r.id().value(), r.estateId(), r.status().label(), r.dueOn())).toList();
        return select(complaints.overdue(street, today), published, rectificationsOpen, this::about);
    }

    /** A published assessment of one of the street's estates. */
    record Graded(String assessmentId, EstateId estateId, AssessmentPeriod period, Grade grade, BigDecimal score) {
    }

    /** A rectification order not closed. */
    record Open(String rectificationId, EstateId estateId, String statusLabel, LocalDate dueOn) {
    }

    /**
     * The agenda the street's open problems put forward: every overdue complaint (the longest overdue first), every
     * estate whose latest published grade — the period ending last — is the failing one, and every open rectification
     * order (due first, first); numbered from 1.
     */
    static List<AgendaItem> select(List<ComplaintLedger.OverdueComplaint> overdue, List<Graded> published, List<Open> open,
                                   BiFunction<EstateId, String, String> about) {
        List<AgendaItem> items = new ArrayList<>();
        overdue.stream().sorted(Comparator.comparing(ComplaintLedger.OverdueComplaint::resolveBy)
                        .thenComparing(c -> c.complaintId().value()))
                .forEach(c -> items.add(new AgendaItem(items.size() + 1, AgendaSource.OVERDUE_COMPLAINT, c.complaintId().value(),
                        c.estateId(), about.apply(c.estateId(), "诉求逾期未办结（" + c.category() + "，应于" + c.resolveBy() + "前办结）"))));
        Comparator<Graded> byPeriod = Comparator.comparing((Graded g) -> g.period().end()).thenComparing(g -> g.period().start());
        Map<EstateId, Graded> latest = published.stream().collect(Collectors.toMap(Graded::estateId, g -> g,
                (a, b) -> byPeriod.compare(a, b) >= 0 ? a : b));
        latest.values().stream().filter(g -> g.grade() == Grade.FAIL).sorted(Comparator.comparing(g -> g.estateId().value()))
                .forEach(g -> items.add(new AgendaItem(items.size() + 1, AgendaSource.FAILING_GRADE, g.assessmentId(), g.estateId(),
                        about.apply(g.estateId(), "考核" + Grade.FAIL.label() + "（" + g.period().label() + "，" + g.score() + "分）"))));
        open.stream().sorted(Comparator.comparing(Open::dueOn).thenComparing(Open::rectificationId))
                .forEach(r -> items.add(new AgendaItem(items.size() + 1, AgendaSource.OPEN_RECTIFICATION, r.rectificationId(),
                        r.estateId(), about.apply(r.estateId(), "整改未销号（" + r.statusLabel() + "，整改期限" + r.dueOn() + "）"))));
        return items;
    }
}
