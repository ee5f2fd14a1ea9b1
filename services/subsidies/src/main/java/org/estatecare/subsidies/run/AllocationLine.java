package org.estatecare.subsidies.run;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.estatecare.events.ids.EstateId;
import org.estatecare.events.subsidies.SubsidyAdjustmentRaised;
import org.estatecare.events.subsidies.SubsidyEvents;
import org.estatecare.events.subsidies.SubsidyLineComputed;
import org.estatecare.kit.domain.Aggregate;
import org.estatecare.subsidies.allocation.AdjustmentReason;
import org.estatecare.subsidies.allocation.AllocatedLine;
import org.estatecare.subsidies.allocation.LineKind;
import org.estatecare.subsidies.allocation.PlannedLine;
import org.estatecare.subsidies.allocation.Recipient;
import org.estatecare.subsidies.allocation.RecipientKind;
import org.estatecare.subsidies.allocation.Segment;
import org.estatecare.subsidies.policy.Share;

/**
 * One line of a run, with its whole trace: a month's share of an estate's subsidy to one recipient, or the adjustment
 * of an earlier month naming the lines it corrects. Never edited: a recomputation of an unapproved run replaces its
 * lines, and an approved line is corrected only by a later run's adjustment. Its event is published when the district
 * approves the run, keyed by the estate.
 */
public class AllocationLine extends Aggregate<LineId> {

    private String runId;
    private int computation;
    private String period;
    private String month;
    private LineKind kind;
    private EstateId estateId;
    private String street;
    private String community;
    private Share share;
    private RecipientKind recipientKind;
    private String recipientId;
    private int days;
    private BigDecimal amount;
    private List<Segment> trace = new ArrayList<>();
    private List<String> corrects = new ArrayList<>();
    private AdjustmentReason reason;
    private boolean settled;

    protected AllocationLine() {
    }

    private AllocationLine(LineId id) {
        super(id);
    }

    static AllocationLine of(AllocationRun run, int number, PlannedLine planned) {
        AllocationLine line = new AllocationLine(LineId.of(run.linePrefix() + ":" + number));
        line.runId = run.id().value();
        line.computation = run.computation();
        line.period = run.period().toString();
        line.month = planned.month().toString();
        line.kind = planned.kind();
        line.estateId = planned.estateId();
        line.street = planned.street();
        line.community = planned.community();
        line.share = planned.share();
        line.recipientKind = planned.recipient().kind();
        line.recipientId = planned.recipient().code();
        line.days = planned.days();
        line.amount = planned.amount();
        line.trace = new ArrayList<>(planned.trace());
        line.corrects = new ArrayList<>(planned.corrects());
        line.reason = planned.reason();
        return line;
    }

    /** The run was approved: the line is settled for good, and announced. */
    void settle(Instant at) {
        settled = true;
        if (kind == LineKind.REGULAR) {
            record(SubsidyEvents.LINE_COMPUTED, new SubsidyLineComputed(id().value(), runId, period, estateId.value(), street,
                    community, share.name(), recipientKind.name(), recipientId, days, amount, at), at);
        } else {
            record(SubsidyEvents.ADJUSTMENT_RAISED, new SubsidyAdjustmentRaised(id().value(), runId, period, month, estateId.value(),
                    street, community, share.name(), recipientKind.name(), recipientId, amount, corrects, reason.name(), at),
                    at);
        }
    }

    /** As later runs compare against it. */
    AllocatedLine allocated() {
        return new AllocatedLine(id().value(), estateId, month(), share, recipient(), amount, trace);
    }

    @Override
    public LineId id() {
        return LineId.of(storedId());
    }

    @Override
    protected String partitionKey() {
        return estateId.value();
    }

    public String runId() {
        return runId;
    }

    public YearMonth period() {
        return YearMonth.parse(period);
    }

    public YearMonth month() {
        return YearMonth.parse(month);
    }

    public LineKind kind() {
        return kind;
    }

    public EstateId estateId() {
        return estateId;
    }

    public String street() {
        return street;
    }

    public String community() {
        return community;
    }

    public Share share() {
        return share;
    }

    public Recipient recipient() {
        return new Recipient(recipientKind, recipientId);
    }

    public int days() {
        return days;
    }

    public BigDecimal amount() {
        return amount;
    }

    public List<Segment> trace() {
        return List.copyOf(trace);
    }

    public List<String> corrects() {
        return List.copyOf(corrects);
    }

    public AdjustmentReason reason() {
        return reason;
    }

    public boolean isSettled() {
        return settled;
    }
}
