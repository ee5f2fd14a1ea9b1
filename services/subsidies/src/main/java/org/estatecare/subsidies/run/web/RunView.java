package org.estatecare.subsidies.run.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.web.Coded;
import org.estatecare.kit.web.ETags;
import org.estatecare.subsidies.run.AllocationRun;
import org.estatecare.subsidies.run.Flag;
import org.estatecare.subsidies.run.RunId;
import org.estatecare.subsidies.run.StreetPart;
import org.springframework.http.ResponseEntity;

/** A run as its approvers read it: totals by street with their approvals, the flags, who computed it, the payment. */
record RunView(RunId id, String period, Coded status, long revision, int computation, BigDecimal total,
               List<StreetPart> streets, List<FlagView> flags, Set<String> computedBy, Instant computedAt,
               String approvedBy, Instant approvedAt, String paymentReference, String disbursedBy, Instant disbursedAt) {

    record FlagView(Coded kind, String street, EstateId estateId, String recipientId, String detail, BigDecimal amount,
                    BigDecimal limit) {
    }

    static RunView of(AllocationRun run) {
        return new RunView(run.id(), run.period().toString(), Coded.of(run.status()), run.revision(),
                run.computation(), run.total(), run.streets(), run.flags().stream().map(RunView::flag).toList(),
                run.computedBy(), run.computedAt(), run.approvedBy(), run.approvedAt(), run.paymentReference(),
                run.disbursedBy(), run.disbursedAt());
    }

    private static FlagView flag(Flag f) {
        return new FlagView(Coded.of(f.kind()), f.street(), f.estateId(), f.recipientId(), f.detail(), f.amount(), f.limit());
    }

    static ResponseEntity<RunView> ok(AllocationRun run) {
        return ResponseEntity.ok().eTag(ETags.of(run.revision())).body(of(run));
    }
}
