package org.estatecare.assessments.rectification.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.estatecare.assessments.rectification.RectificationAnswer;
import org.estatecare.assessments.rectification.RectificationId;
import org.estatecare.assessments.rectification.RectificationOrder;
import org.estatecare.events.ids.CompanyId;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.web.Coded;
import org.estatecare.kit.web.ETags;
import org.springframework.http.ResponseEntity;

/**
 * A rectification order as shown: what is to be corrected and of whom, when it is due, where it stands, who follows
 * it up, the answers with their verdicts. {@code overdue}: waiting past its due date today; {@code closedLate}: the
 * accepted answer came after the due date.
 */
public record RectificationView(RectificationId id, long revision, EstateId estateId, String street, String community,
                                CompanyId companyId, Coded cause, String sourceId, String findingId, Coded findingKind,
                                Coded foundAt, String place, Coded service, List<String> photos, String note,
                                LocalDate openedOn, LocalDate dueOn, Coded status, Coded escalation, boolean overdue,
                                LocalDate closedOn, boolean closedLate, List<RectificationAnswer> answers, Instant openedAt) {

    static RectificationView of(RectificationOrder o, LocalDate today) {
        return new RectificationView(o.id(), o.revision(), o.estateId(), o.street(), o.community(), o.companyId().orElse(null),
                Coded.of(o.cause()), o.sourceId(), o.findingId().orElse(null), o.findingKind().map(Coded::of).orElse(null),
                o.foundAt().map(Coded::of).orElse(null), o.place(), o.service().map(Coded::of).orElse(null), o.photos(),
                o.note(), o.openedOn(), o.dueOn(), Coded.of(o.status()), Coded.of(o.escalation()), o.overdueOn(today),
                o.closedOn().orElse(null), o.closedLate(), o.answers(), o.openedAt());
    }

    static ResponseEntity<RectificationView> ok(RectificationOrder order, LocalDate today) {
        return ResponseEntity.ok().eTag(ETags.of(order.revision())).body(of(order, today));
    }
}
