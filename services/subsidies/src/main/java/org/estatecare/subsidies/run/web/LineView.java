package org.estatecare.subsidies.run.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.web.Coded;
import org.estatecare.subsidies.allocation.Segment;
import org.estatecare.subsidies.run.AllocationLine;
import org.estatecare.subsidies.run.LineId;

/** A line with its full trace: every segment of days with the rate and its version, the quantity, the grade, the factor. */
record LineView(LineId id, String runId, String month, Coded kind, EstateId estateId, String street, String community,
                Coded share, Coded recipientKind, String recipientId, int days, BigDecimal amount, List<SegmentView> trace,
                List<String> corrects, Coded reason, boolean settled) {

    record SegmentView(LocalDate from, LocalDate to, int days, Coded estateClass, BigDecimal rate, Coded unit,
                       long rateVersion, BigDecimal quantity, Coded grade, String assessmentId, BigDecimal factor,
                       Coded status, BigDecimal exact) {
    }

    static LineView of(AllocationLine line) {
        return new LineView(line.id(), line.runId(), line.month().toString(), Coded.of(line.kind()), line.estateId(),
                line.street(), line.community(), Coded.of(line.share()), Coded.of(line.recipient().kind()),
                line.recipient().code(), line.days(), line.amount(), line.trace().stream().map(LineView::segment).toList(),
                line.corrects(), line.reason() == null ? null : Coded.of(line.reason()), line.isSettled());
    }

    private static SegmentView segment(Segment s) {
        return new SegmentView(s.from(), s.to(), s.days(), Coded.of(s.estateClass()), s.rate(), Coded.of(s.unit()),
                s.rateVersion(), s.quantity(), s.grade() == null ? null : Coded.of(s.grade()), s.assessmentId(), s.factor(),
                Coded.of(s.status()), s.exact());
    }
}
