package org.estatecare.subsidies.run;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.StateConflictException;
import org.estatecare.kit.domain.Violation;
import org.estatecare.kit.security.Access;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.time.WorkingDayCalendar;
import org.estatecare.subsidies.allocation.Allocation;
import org.estatecare.subsidies.allocation.AllocatedLine;
import org.estatecare.subsidies.allocation.AllocationPlan;
import org.estatecare.subsidies.allocation.Gap;
import org.estatecare.subsidies.allocation.LineKind;
import org.estatecare.subsidies.allocation.PlannedLine;
import org.estatecare.subsidies.allocation.RecipientKind;
import org.estatecare.subsidies.facts.EstateChanges;
import org.estatecare.subsidies.facts.EstateFactsSource;
import org.estatecare.subsidies.ledger.Ledger;
import org.estatecare.subsidies.ledger.LedgerEntry;
import org.estatecare.subsidies.ledger.LedgerKind;
import org.estatecare.subsidies.policy.Policies;
import org.estatecare.subsidies.policy.PolicyBook;
import org.estatecare.subsidies.policy.SubsidyPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Allocation runs (R-SUB-2, R-SUB-3, R-SUB-4): computed by the district for a month that is over, from every estate's
 * facts and the policy; approved street by street and then by the district (核拨); paid by finance. Approving and
 * paying append the street's parts to the hash-chained ledger. What an approval or payment leaves unwritten when a
 * failure interrupts it (the lines' settlement and events, the ledger entries) is completed at once and by a pass.
 */
@Service
@Implements({"R-SUB-2", "R-SUB-3", "R-SUB-4"})
public class RunService implements SchedulingConfigurer {

    static final String READERS = "hasAnyRole('district-admin', 'municipal-inspector', 'street-officer', 'auditor', "
            + "'finance-officer')";
    static final String LINE_READERS = "hasAnyRole('district-admin', 'municipal-inspector', 'street-officer', 'auditor', "
            + "'finance-officer', 'service-company')";
    private static final Logger log = LoggerFactory.getLogger(RunService.class);
    private static final YearMonth EARLIEST = YearMonth.of(2000, 1);

    private final Runs runs;
    private final Lines lines;
    private final RunAccess access;
    private final Policies policies;
    private final EstateFactsSource facts;
    private final EstateChanges changes;
    private final Ledger ledger;
    private final Holds holds;
    private final RunProperties properties;
    private final Clock clock;

    public RunService(Runs runs, Lines lines, RunAccess access, Policies policies, EstateFactsSource facts,
                      EstateChanges changes, Ledger ledger, Holds holds, RunProperties properties, Clock clock) {
        this.runs = runs;
        this.lines = lines;
        this.access = access;
        this.policies = policies;
        this.facts = facts;
        this.changes = changes;
        this.ledger = ledger;
        this.holds = holds;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Computes the run of a month that is over: a new run, the same run unchanged when the facts are the same or it is
     * approved already, or its lines replaced while no one has approved it.
     */
    @PreAuthorize("hasRole('district-admin')")
    public AllocationRun compute(YearMonth period, Caller caller) {
        YearMonth current = YearMonth.from(today());
        if (!period.isBefore(current) || period.isBefore(EARLIEST)) {
            throw new RuleViolationException(new Violation("R-SUB-2", "period-not-over", "a run is computed for a month "
                    + "that is over, from 2000-01 to last month", period.toString()));
        }
        completeSettled();
        // taken before any fact is read: a fact learnt while the run computes is compared again by the next run
        Instant now = clock.instant();
        Optional<AllocationRun> existing = runs.find(RunId.of(period), Access.everything());
        if (existing.isPresent() && existing.get().settled()) {
            return existing.get();
        }
        SubsidyPolicy policy = policies.current();
        PolicyBook book = policy.book();
        List<AllocationRun> settledRuns = runs.settledRuns();
        Map<EstateId, List<AllocatedLine>> allocated = lines.allocated();
        TreeSet<YearMonth> settledMonths = new TreeSet<>();
        allocated.values().forEach(list -> list.forEach(line -> settledMonths.add(line.month())));
        Map<YearMonth, Instant> settledAt = new HashMap<>();
        for (YearMonth month : settledMonths) {
            settledAt.put(month, settledRuns.stream().filter(r -> !r.period().isBefore(month)).map(AllocationRun::computedAt)
                    .max(Instant::compareTo).orElse(Instant.EPOCH));
        }
        Map<EstateId, Instant> changedAt = changes.all();
        AllocationPlan plan = Allocation.plan(period, facts.all(), book, settledMonths, allocated, (estate, month) -> {
            Instant settled = settledAt.getOrDefault(month, Instant.EPOCH);
            // learnt at or after the month was last settled (a fact learnt in the same instant counts as after)
            return !policy.changedAt().isBefore(settled) || !changedAt.getOrDefault(estate, Instant.EPOCH).isBefore(settled);
        });
        AllocationRun.Computed computed = new AllocationRun.Computed(fingerprint(plan), plan.lines().size(), plan.total(),
                plan.totalsByStreet(), countByStreet(plan), flags(plan, book, settledRuns, period));
        if (existing.isEmpty()) {
            // the run claims its month first: a second computation at the same time is refused by the run's id
            AllocationRun added = runs.add(AllocationRun.computed(period, computed, caller.username(), now));
            writeLines(added, plan);
            log.info("allocation run computed: id={} lines={} total={} by={}", added.id(), plan.lines().size(), plan.total(),
                    caller.username());
            return added;
        }
        AllocationRun run = existing.get();
        if (!run.recomputed(computed, caller.username(), now)) {
            if (lines.count(run) != run.lineCount()) {
                // a computation interrupted between the run and its lines: the same facts, written again whole
                writeLines(run, plan);
                log.warn("allocation run {}: its lines were incomplete and are written again", run.id());
            }
            return run;
        }
        if (!runs.saveIfUnchanged(run)) {
            throw new OptimisticLockingFailureException("run " + run.id() + " changed while it was computed");
        }
        writeLines(run, plan);
        log.info("allocation run recomputed: id={} computation={} total={} by={}", run.id(), run.computation(), run.total(),
                caller.username());
        return run;
    }

    /** The lines of the run's current computation, written whole: what an earlier attempt left unsettled goes first. */
    private void writeLines(AllocationRun run, AllocationPlan plan) {
        lines.removeUnsettled(run.id());
        lines.insertAll(numbered(run, plan));
    }

    /** Whether the month has a run already. */
    public boolean exists(RunId id) {
        return runs.find(id, Access.everything()).isPresent();
    }

    @PreAuthorize(READERS)
    public AllocationRun get(RunId id, Caller caller) {
        return runs.get(id, Access.everything());
    }

    @PreAuthorize(READERS)
    public Page<AllocationRun> list(RunStatus status, Pageable page, Caller caller) {
        return runs.search(status, page);
    }

    @PreAuthorize(LINE_READERS)
    public Page<AllocationLine> lines(RunId id, String street, EstateId estateId, LineKind kind, Pageable page,
                                      Caller caller) {
        AllocationRun run = runs.get(id, Access.everything());
        return lines.search(run, street, estateId, kind, access.scope(caller), page);
    }

    /** Every current line of a run the caller sees, of one street or all: what an export writes. */
    @PreAuthorize(READERS)
    public List<AllocationLine> export(RunId id, String street, Caller caller) {
        AllocationRun run = runs.get(id, Access.everything());
        return lines.of(run, street, access.scope(caller));
    }

    @PreAuthorize("hasRole('street-officer')")
    public AllocationRun approveStreet(RunId id, String street, OptionalLong ifMatch, Caller caller) {
        if (!access.mayApproveStreet(caller, street)) {
            throw new AccessDeniedException("a street's lines are approved by its own street office");
        }
        return runs.update(id, Access.everything(), ifMatch, run -> {
            requireLinesWritten(run);
            run.approveStreet(street, caller.username(), clock.instant());
        });
    }

    @PreAuthorize("hasRole('district-admin')")
    public AllocationRun approve(RunId id, OptionalLong ifMatch, Caller caller) {
        AllocationRun approved = runs.update(id, Access.everything(), ifMatch, run -> {
            requireLinesWritten(run);
            run.approve(caller.username(), clock.instant());
        });
        log.info("allocation run approved: id={} total={} by={}", id, approved.total(), caller.username());
        complete(approved);
        return runs.get(id, Access.everything());
    }

    @PreAuthorize("hasRole('finance-officer')")
    public AllocationRun disburse(RunId id, String paymentReference, OptionalLong ifMatch, Caller caller) {
        AllocationRun paid = runs.update(id, Access.everything(), ifMatch, run -> run.disburse(paymentReference,
                caller.username(), clock.instant()));
        log.info("allocation run disbursed: id={} total={} reference={} by={}", id, paid.total(), paymentReference,
                caller.username());
        complete(paid);
        return runs.get(id, Access.everything());
    }

    /** A run whose computation was interrupted before all its lines were written is computed again first (409). */
    private void requireLinesWritten(AllocationRun run) {
        if (run.status() == RunStatus.COMPUTED && lines.count(run) != run.lineCount()) {
            throw new StateConflictException("approve", "lines incomplete: compute the month again");
        }
    }

    /** The digest of a run's street's current lines, as the ledger records and verifies it. */
    public String linesDigest(String runId, String street) {
        return runs.find(RunId.of(runId), Access.everything()).map(run -> digest(lines.of(run, street))).orElse("");
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(this::completeSettled, properties.completionInterval());
    }

    /** Completes every approved or paid run whose lines or ledger entries are not all written. */
    public void completeSettled() {
        for (AllocationRun run : runs.incomplete()) {
            try {
                complete(run);
            } catch (RuntimeException e) {
                log.warn("allocation run {} not completed yet (next pass): {}", run.id(), e.toString());
            }
        }
    }

    /**
     * The lines settled and announced, then the ledger's entries of each street, each written once; then the run is
     * marked complete, so the pass reads it no more.
     */
    private void complete(AllocationRun run) {
        Instant at = run.approvedAt();
        Map<String, List<AllocationLine>> byStreet = new TreeMap<>();
        for (AllocationLine line : lines.of(run, null)) {
            if (!line.isSettled()) {
                lines.changeIf(line, l -> {
                    if (l.isSettled()) {
                        return false;
                    }
                    l.settle(at);
                    return true;
                });
            }
            byStreet.computeIfAbsent(line.street(), s -> new ArrayList<>()).add(line);
        }
        for (StreetPart street : run.streets()) {
            List<AllocationLine> ofStreet = byStreet.getOrDefault(street.street(), List.of());
            String digest = digest(ofStreet);
            ledger.appendOnce(new LedgerEntry.Draft(LedgerKind.ALLOCATED, run.id().value(), run.period().toString(),
                    street.street(), street.total(), ofStreet.size(), digest, null, run.approvedBy(), run.approvedAt()));
            if (run.status() == RunStatus.DISBURSED) {
                ledger.appendOnce(new LedgerEntry.Draft(LedgerKind.DISBURSED, run.id().value(), run.period().toString(),
                        street.street(), street.total(), ofStreet.size(), digest, run.paymentReference(), run.disbursedBy(),
                        run.disbursedAt()));
            }
        }
        runs.changeIf(run, AllocationRun::completed);
    }

    private static List<AllocationLine> numbered(AllocationRun run, AllocationPlan plan) {
        List<AllocationLine> numbered = new ArrayList<>(plan.lines().size());
        for (PlannedLine line : plan.lines()) {
            numbered.add(AllocationLine.of(run, numbered.size() + 1, line));
        }
        return numbered;
    }

    private static Map<String, Integer> countByStreet(AllocationPlan plan) {
        Map<String, Integer> counts = new TreeMap<>();
        plan.lines().forEach(line -> counts.merge(line.street(), 1, Integer::sum));
        return counts;
    }

    /** Budgets exceeded, days that earned nothing, recipients on hold: flagged for the approvers, never cut. */
    private List<Flag> flags(AllocationPlan plan, PolicyBook book, List<AllocationRun> settledRuns, YearMonth period) {
        List<Flag> flags = new ArrayList<>();
        List<String> sameYear = settledRuns.stream().filter(r -> r.period().getYear() == period.getYear()
                && !r.period().equals(period)).map(r -> r.id().value()).toList();
        plan.totalsByStreet().forEach((street, total) -> book.budget(street, period.getYear()).ifPresent(budget -> {
            BigDecimal year = lines.settledTotal(street, sameYear).add(total);
            if (year.compareTo(budget) > 0) {
                flags.add(new Flag(FlagKind.BUDGET_EXCEEDED, street, null, null, "allocated in " + period.getYear()
                        + " with this run", year, budget));
            }
        }));
        Map<String, Gap> unpaid = new TreeMap<>();
        for (Gap gap : plan.gaps()) {
            unpaid.merge(gap.estateId() + "/" + gap.reason(), gap, (a, b) -> new Gap(a.estateId(), a.street(), null,
                    a.reason(), a.from(), b.to(), Math.max(a.days(), b.days())));
        }
        unpaid.values().forEach(gap -> flags.add(new Flag(FlagKind.DAYS_UNPAID, gap.street(), gap.estateId(), null,
                gap.reason().name() + ": " + gap.days() + " days from " + gap.from(), null, null)));
        Set<String> onHold = holds.recipientsOnHold();
        plan.lines().stream().filter(line -> line.recipient().kind() == RecipientKind.COMPANY
                        && onHold.contains(line.recipient().code())).map(line -> line.recipient().code()).distinct()
                .forEach(company -> flags.add(new Flag(FlagKind.RECIPIENT_ON_HOLD, null, null, company,
                        "an audit finding holds its next disbursement", null, null)));
        return flags;
    }

    /** What makes two computations the same: every line's content, not its id. */
    static String fingerprint(AllocationPlan plan) {
        StringBuilder text = new StringBuilder();
        for (PlannedLine l : plan.lines()) {
            text.append(l.kind()).append('|').append(l.estateId()).append('|').append(l.street()).append('|').append(l.month())
                    .append('|').append(l.share()).append('|').append(l.recipient().kind()).append('|')
                    .append(l.recipient().code()).append('|').append(l.days()).append('|').append(l.amount().toPlainString())
                    .append('|').append(l.corrects()).append('|').append(l.reason()).append('|').append(l.trace().size())
                    .append('\n');
        }
        plan.gaps().forEach(g -> text.append(g).append('\n'));
        return sha256(text.toString());
    }

    static String digest(List<AllocationLine> lines) {
        StringBuilder text = new StringBuilder();
        lines.stream().sorted(java.util.Comparator.comparing(l -> l.id().value()))
                .forEach(l -> text.append(l.id().value()).append('=').append(l.amount().toPlainString()).append('\n'));
        return sha256(text.toString());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), WorkingDayCalendar.BEIJING);
    }
}
