package org.estatecare.assessments.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.estatecare.assessments.assessment.Assessment;
import org.estatecare.assessments.assessment.AssessmentStatus;
import org.estatecare.assessments.assessment.Assessments;
import org.estatecare.assessments.evidence.ComplaintLedger;
import org.estatecare.assessments.inspection.EstateFacts;
import org.estatecare.assessments.rectification.RectificationOrder;
import org.estatecare.assessments.rectification.RectificationStatus;
import org.estatecare.assessments.rectification.Rectifications;
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
        List<AgendaItem> items = new ArrayList<>();
        complaints.overdue(street, today).stream().sorted(Comparator.comparing(ComplaintLedger.OverdueComplaint::resolveBy))
                .forEach(c -> items.add(new AgendaItem(items.size() + 1, AgendaSource.OVERDUE_COMPLAINT, c.complaintId(),
                        c.estateId(), about(c.estateId(), "诉求逾期未办结（" + c.category() + "，应于" + c.resolveBy() + "前办结）"))));
        Map<String, Assessment> latest = assessments.all(Criteria.where("street").is(street).and("status").is(AssessmentStatus.PUBLISHED))
                .stream().collect(Collectors.toMap(a -> a.estateId().value(), a -> a,
                        (a, b) -> a.period().toString().compareTo(b.period().toString()) >= 0 ? a : b));
        latest.values().stream().filter(a -> a.grade() == Grade.FAIL).sorted(Comparator.comparing(a -> a.estateId().value()))
                .forEach(a -> items.add(new AgendaItem(items.size() + 1, AgendaSource.FAILING_GRADE, a.id().value(), a.estateId(),
                        about(a.estateId(), "考核" + Grade.FAIL.label() + "（" + a.period().label() + "，" + a.score() + "分）"))));
        rectifications.all(Criteria.where("street").is(street).and("status").ne(RectificationStatus.CLOSED)).stream()
                .sorted(Comparator.comparing(RectificationOrder::dueOn))
                .forEach(r -> items.add(new AgendaItem(items.size() + 1, AgendaSource.OPEN_RECTIFICATION, r.id().value(), r.estateId(),
                        about(r.estateId(), "整改未销号（" + r.status().label() + "，整改期限" + r.dueOn() + "）"))));
        return items;
    }
}
