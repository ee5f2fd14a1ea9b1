package org.estatecare.subsidies.run;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.estatecare.events.subsidies.RunApproved;
import org.estatecare.events.subsidies.RunDisbursed;
import org.estatecare.events.subsidies.SubsidyEvents;
import org.estatecare.kit.domain.Aggregate;
import org.estatecare.kit.domain.HistoryEntry;
import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.domain.NotFoundException;
import org.estatecare.kit.domain.StateConflictException;

/**
 * The allocation run of one month (R-SUB-2, R-SUB-3): its lines live beside it, one document each; the run holds what
 * the approvals need: the total and each street's, the flags, who computed or changed it, and the approvals. Computing
 * the same facts again changes nothing; different facts replace the lines while no one has approved any (and clear the
 * streets' approvals of figures they did not see); once the district approves, the run never changes again and later
 * facts become adjustments in a later run. The street offices approve their streets' lines, the district the run
 * once every street has, finance records the payment; none of them may be someone who computed or changed it.
 */
@Implements({"R-SUB-2", "R-SUB-3"})
public class AllocationRun extends Aggregate<RunId> {

    private String period;
    private RunStatus status;
    private int computation;
    private int lineCount;
    private String fingerprint;
    private BigDecimal total = BigDecimal.ZERO;
    private List<StreetPart> streets = new ArrayList<>();
    private List<Flag> flags = new ArrayList<>();
    private Set<String> computedBy = new LinkedHashSet<>();
    private Instant computedAt;
    private String approvedBy;
    private Instant approvedAt;
    private String paymentReference;
    private String disbursedBy;
    private Instant disbursedAt;
    /** Set by the approval and the payment until their lines' settlement and ledger entries are all written. */
    private boolean incomplete;
    private List<HistoryEntry<RunStatus>> history = new ArrayList<>();

    protected AllocationRun() {
    }

    private AllocationRun(RunId id) {
        super(id);
    }

    /** What one computation found: its lines' fingerprint, totals and flags. */
    public record Computed(String fingerprint, int lines, BigDecimal total, Map<String, BigDecimal> totalsByStreet,
                           Map<String, Integer> linesByStreet, List<Flag> flags) {
    }

    static AllocationRun computed(YearMonth period, Computed computed, String by, Instant at) {
        AllocationRun run = new AllocationRun(RunId.of(period));
        run.period = period.toString();
        run.status = RunStatus.COMPUTED;
        run.take(computed, by, at);
        run.history.add(new HistoryEntry<>("computed", at, null, by, null, RunStatus.COMPUTED, List.of(),
                "total " + computed.total().toPlainString()));
        run.changed();
        return run;
    }

    /** True when the computation changed the run: different lines on an unapproved run. */
    boolean recomputed(Computed computed, String by, Instant at) {
        if (status != RunStatus.COMPUTED || computed.fingerprint().equals(fingerprint)) {
            return false;
        }
        take(computed, by, at);
        history.add(new HistoryEntry<>("recomputed", at, null, by, RunStatus.COMPUTED, RunStatus.COMPUTED, List.of(),
                "total " + computed.total().toPlainString() + "; the streets' approvals are cleared"));
        changed();
        return true;
    }

    private void take(Computed computed, String by, Instant at) {
        computation++;
        lineCount = computed.lines();
        fingerprint = computed.fingerprint();
        total = computed.total();
        streets = new ArrayList<>(computed.totalsByStreet().entrySet().stream().map(e -> new StreetPart(e.getKey(),
                e.getValue(), computed.linesByStreet().getOrDefault(e.getKey(), 0), null, null)).toList());
        flags = new ArrayList<>(computed.flags());
        computedBy.add(by);
        computedAt = at;
    }

    /** R-SUB-2: the street office approves its street's lines as computed. */
    void approveStreet(String street, String by, Instant at) {
        requireStatus("approve-street", RunStatus.COMPUTED);
        requireOtherThanComputers(by, "approve");
        StreetPart part = streets.stream().filter(s -> s.street().equals(street)).findFirst()
                .orElseThrow(() -> new NotFoundException("street of run", id() + "/" + street));
        if (part.isApproved()) {
            throw new StateConflictException("approve-street", "street " + street + " already approved");
        }
        streets.set(streets.indexOf(part), part.approved(by, at));
        history.add(new HistoryEntry<>("street-approved", at, null, by, RunStatus.COMPUTED, RunStatus.COMPUTED, List.of(),
                street));
        changed();
    }

    /** R-SUB-2, R-SUB-3: the district approves (核拨) the run once every street office has approved its lines. */
    void approve(String by, Instant at) {
        requireStatus("approve", RunStatus.COMPUTED);
        requireOtherThanComputers(by, "approve");
        List<String> waiting = streets.stream().filter(s -> !s.isApproved()).map(StreetPart::street).toList();
        if (!waiting.isEmpty()) {
            throw new StateConflictException("approve", "streets not yet approved: " + String.join(", ", waiting));
        }
        status = RunStatus.APPROVED;
        approvedBy = by;
        approvedAt = at;
        incomplete = true;
        history.add(new HistoryEntry<>("approved", at, null, by, RunStatus.COMPUTED, RunStatus.APPROVED, List.of(), null));
        record(SubsidyEvents.RUN_APPROVED, new RunApproved(id().value(), period, total,
                streets.stream().map(s -> new RunApproved.StreetTotal(s.street(), s.total())).toList(), at), at);
    }

    /** Finance records that the approved run was paid, under the payment's reference. */
    void disburse(String reference, String by, Instant at) {
        requireStatus("disburse", RunStatus.APPROVED);
        requireOtherThanComputers(by, "record the payment of");
        status = RunStatus.DISBURSED;
        paymentReference = reference;
        disbursedBy = by;
        disbursedAt = at;
        incomplete = true;
        history.add(new HistoryEntry<>("disbursed", at, null, by, RunStatus.APPROVED, RunStatus.DISBURSED, List.of(),
                reference));
        record(SubsidyEvents.RUN_DISBURSED, new RunDisbursed(id().value(), period, total, reference, at), at);
    }

    /** Whether the approval's or payment's writes elsewhere (lines, ledger) may not all be done yet. */
    public boolean isIncomplete() {
        return incomplete;
    }

    /** Those writes are done; the business revision stays, nothing a client sees changed. */
    boolean completed() {
        if (!incomplete) {
            return false;
        }
        incomplete = false;
        return true;
    }

    private void requireStatus(String command, RunStatus expected) {
        if (status != expected) {
            throw new StateConflictException(command, status.name());
        }
    }

    private void requireOtherThanComputers(String user, String step) {
        if (computedBy.contains(user)) {
            throw new SegregationOfDutiesException(user, step);
        }
    }

    @Override
    public RunId id() {
        return RunId.of(storedId());
    }

    /** The id of the run's current computation's lines: {@code run-2026-03:2}. */
    String linePrefix() {
        return storedId() + ":" + computation;
    }

    public YearMonth period() {
        return YearMonth.parse(period);
    }

    public RunStatus status() {
        return status;
    }

    public boolean settled() {
        return status != RunStatus.COMPUTED;
    }

    public int computation() {
        return computation;
    }

    /** How many lines the current computation wrote. */
    public int lineCount() {
        return lineCount;
    }

    public BigDecimal total() {
        return total;
    }

    public List<StreetPart> streets() {
        return List.copyOf(streets);
    }

    public List<Flag> flags() {
        return List.copyOf(flags);
    }

    public Set<String> computedBy() {
        return Set.copyOf(computedBy);
    }

    public Instant computedAt() {
        return computedAt;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    public String paymentReference() {
        return paymentReference;
    }

    public String disbursedBy() {
        return disbursedBy;
    }

    public Instant disbursedAt() {
        return disbursedAt;
    }

    public List<HistoryEntry<RunStatus>> history() {
        return List.copyOf(history);
    }
}
