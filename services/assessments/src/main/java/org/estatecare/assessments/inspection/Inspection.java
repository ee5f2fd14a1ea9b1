package org.estatecare.assessments.inspection;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.estatecare.assessments.scoring.Finding;
import org.estatecare.assessments.scoring.InspectionLevel;
import org.estatecare.assessments.scoring.InspectionResult;
import org.estatecare.events.assessments.AssessmentEvents;
import org.estatecare.events.assessments.InspectionRecorded;
import org.estatecare.events.codes.BasicService;
import org.estatecare.events.estates.EstateTimeline;
import org.estatecare.events.ids.CompanyId;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.domain.Aggregate;
import org.estatecare.kit.domain.HistoryEntry;
import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.Violation;

/**
 * One inspection of an estate: the residents' committee's daily check (R-ASM-2), the street's monthly
 * assessment, or a district or municipal spot check (R-ASM-3). It keeps where the estate lay and which
 * company served it on the day inspected, as they were when it was recorded, so that the score it feeds
 * and the rectification its findings open answer to the same company whatever changes later. Only an
 * estate in the scheme that day is inspected here; a correction restates the whole report and is kept
 * in the history.
 */
@Implements({"R-ASM-2", "R-ASM-3"})
public class Inspection extends Aggregate<InspectionId> {

    /** The first day an inspection may be dated: the platform assesses from the district's first scheme on. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);
    static final String UNKNOWN_ESTATE_RULE = "R-PRIN-1";
    static final String OUTSIDE_THE_SCHEME_RULE = "R-ELIG-2";

    private EstateId estateId;
    private String street;
    private String community;
    private CompanyId companyId;
    private InspectionLevel level;
    private LocalDate inspectedOn;
    private String inspector;
    private List<Checklist> checklists = new ArrayList<>();
    private List<InspectionFinding> findings = new ArrayList<>();
    /** The highest finding number issued; never reused, so a finding id keeps naming one finding. */
    private int lastFindingNumber;
    private InspectionStatus status;
    private Instant recordedAt;
    private List<HistoryEntry<InspectionStatus>> history = new ArrayList<>();
    /**
     * Set with every write that leaves findings, cleared once their rectification orders are open: written
     * with the inspection itself, so no finding goes without its order even if the service stops in between.
     */
    private boolean rectificationPending;

    protected Inspection() {
    }

    private Inspection(InspectionId id) {
        super(id);
    }

    /**
     * Records an inspection by {@code inspector}. Refused, naming every failed condition, when the registry
     * has not announced the estate here yet, the estate is outside the scheme that day, the day is after
     * {@code today} or before {@link #FIRST_DAY}, or nothing was checked.
     */
    public static Inspection record(InspectionId id, EstateId estate, InspectionLevel level, String inspector,
                                    InspectionReport report, EstateFacts estates, LocalDate today, Instant at) {
        Inspection inspection = new Inspection(id);
        inspection.estateId = estate;
        inspection.level = level;
        EstateTimeline announced = inspection.refuseUnless(report, estates, today);
        inspection.street = announced.street();
        inspection.community = announced.community();
        inspection.inspector = inspector;
        inspection.recordedAt = at;
        inspection.take(report, estates);
        inspection.status = InspectionStatus.RECORDED;
        inspection.rectificationPending = !inspection.findings.isEmpty();
        inspection.history.add(new HistoryEntry<>("recorded", at, dayIfNotToday(report.inspectedOn(), today), inspector,
                null, InspectionStatus.RECORDED, List.of(), inspection.summary()));
        inspection.record(AssessmentEvents.INSPECTION_RECORDED, inspection.announcement(at), at);
        return inspection;
    }

    /**
     * Restates the report: the day, the checklists and the findings, by the same checks as when it was
     * recorded. The company is the one serving on the (possibly corrected) day; findings that restate an
     * earlier one keep its id, the others get new ones. The reason goes into the history.
     */
    public void correct(InspectionReport report, String reason, String actor, EstateFacts estates, LocalDate today,
                        Instant at) {
        refuseUnless(report, estates, today);
        take(report, estates);
        history.add(new HistoryEntry<>("corrected", at, dayIfNotToday(report.inspectedOn(), today), actor, status,
                InspectionStatus.CORRECTED, List.of(), reason + " (" + summary() + ")"));
        status = InspectionStatus.CORRECTED;
        rectificationPending = !findings.isEmpty();
        record(AssessmentEvents.INSPECTION_CORRECTED, announcement(at), at);
    }

    /** assessments.v1 is keyed by estate: an inspection's events stay in order with the estate's others. */
    @Override
    protected String partitionKey() {
        return estateId.value();
    }

    /** What the work archive files of this inspection as it stands (R-STAFF-1). */
    private InspectionRecorded announcement(Instant at) {
        List<InspectionRecorded.ServiceScore> scores = checklists.stream().filter(c -> !c.isEmpty())
                .map(c -> new InspectionRecorded.ServiceScore(c.service().name(), c.score())).toList();
        List<String> failedDuties = Checklist.dutiesChecked(checklists).entrySet().stream().filter(e -> !e.getValue())
                .map(e -> e.getKey().name()).toList();
        return new InspectionRecorded(storedId(), estateId.value(), street, community, companyId == null ? null : companyId.value(),
                level.name(), inspectedOn, inspector, scores, findings.size(), failedDuties, at);
    }

    /** The checks of the report; the estate as announced when they pass. */
    private EstateTimeline refuseUnless(InspectionReport report, EstateFacts estates, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        String rule = ruleOf(level);
        LocalDate day = report.inspectedOn();
        boolean plausibleDay = true;
        if (day.isAfter(today)) {
            plausibleDay = false;
            violations.add(new Violation(rule, "inspected-after-today", "an inspection cannot be dated after today",
                    day.toString()));
        }
        if (day.isBefore(FIRST_DAY)) {
            plausibleDay = false;
            violations.add(new Violation(rule, "inspected-before-2020", "an inspection cannot be dated before 2020",
                    day.toString()));
        }
        if (report.checksNothing()) {
            violations.add(new Violation(rule, "nothing-checked", "an inspection checks at least one item of a basic service"));
        }
        violations.addAll(unknownFindings(report, rule));
        Optional<EstateTimeline> announced = estates.find(estateId);
        if (announced.isEmpty()) {
            violations.add(new Violation(UNKNOWN_ESTATE_RULE, "unknown-estate",
                    "the registry has not announced estate " + estateId + " to this service yet", estateId.value()));
        } else if (plausibleDay && !announced.get().inSchemeOn(day)) {
            // R-ELIG-2: an estate outside long-term management is not assessed under it that day
            violations.add(new Violation(OUTSIDE_THE_SCHEME_RULE, "not-in-scheme",
                    "the estate is not in long-term management on the day inspected", day.toString()));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        return announced.get();
    }

    /** A restated finding must be one of this inspection's, restated once; a new inspection has none to restate. */
    private List<Violation> unknownFindings(InspectionReport report, String rule) {
        List<Violation> violations = new ArrayList<>();
        Set<Integer> current = new HashSet<>(findings.stream().map(InspectionFinding::number).toList());
        Set<Integer> restated = new HashSet<>();
        for (FindingReport finding : report.findings()) {
            if (finding.keeps() == null) {
                continue;
            }
            OptionalInt number = finding.keeps().numberWithin(id());
            if (number.isEmpty() || !current.contains(number.getAsInt())) {
                violations.add(new Violation(rule, "unknown-finding", "not a finding of this inspection: " + finding.keeps(),
                        finding.keeps().value()));
            } else if (!restated.add(number.getAsInt())) {
                violations.add(new Violation(rule, "finding-twice", "a finding is restated once: " + finding.keeps(),
                        finding.keeps().value()));
            }
        }
        return violations;
    }

    private void take(InspectionReport report, EstateFacts estates) {
        inspectedOn = report.inspectedOn();
        companyId = estates.companyServing(estateId, inspectedOn).orElse(null);
        checklists = new ArrayList<>(report.checklists().stream().filter(c -> !c.isEmpty())
                .sorted(Comparator.comparing(Checklist::service)).toList());
        List<InspectionFinding> taken = new ArrayList<>();
        for (FindingReport finding : report.findings()) {
            int number = finding.keeps() == null ? ++lastFindingNumber : finding.keeps().numberWithin(id()).getAsInt();
            taken.add(finding.numbered(number));
        }
        findings = taken;
    }

    /** The committee's daily checks stand on R-ASM-2; the street's assessment and the spot checks on R-ASM-3. */
    static String ruleOf(InspectionLevel level) {
        return level == InspectionLevel.COMMITTEE_DAILY ? "R-ASM-2" : "R-ASM-3";
    }

    private static LocalDate dayIfNotToday(LocalDate day, LocalDate today) {
        return day.equals(today) ? null : day;
    }

    private String summary() {
        int items = checklists.stream().mapToInt(Checklist::checked).sum();
        int passed = checklists.stream().mapToInt(Checklist::passed).sum();
        return level + " on " + inspectedOn + ": " + passed + " of " + items + " items passed, " + findings.size()
                + " findings";
    }

    @Override
    public InspectionId id() {
        return InspectionId.of(storedId());
    }

    /** The checklist scores as the scoring reads them: one per basic service checked. */
    public InspectionResult toResult() {
        return new InspectionResult(id().value(), level, inspectedOn, scores());
    }

    /** The findings as the scoring deducts for them. */
    public List<Finding> findings() {
        return findings.stream().map(f -> new Finding(id().value(), f.kind(), f.place())).toList();
    }

    /** The findings as recorded, each with its id. */
    public List<InspectionFinding> recordedFindings() {
        return List.copyOf(findings);
    }

    public FindingId findingId(InspectionFinding finding) {
        return FindingId.of(id(), finding.number());
    }

    public Map<BasicService, BigDecimal> scores() {
        return Checklist.scoresOf(checklists);
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

    /** The company serving the estate on the day inspected; empty when none did. */
    public Optional<CompanyId> companyId() {
        return Optional.ofNullable(companyId);
    }

    public InspectionLevel level() {
        return level;
    }

    public LocalDate inspectedOn() {
        return inspectedOn;
    }

    public String inspector() {
        return inspector;
    }

    public List<Checklist> checklists() {
        return List.copyOf(checklists);
    }

    public InspectionStatus status() {
        return status;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    /** Whether findings of this revision may still be waiting for their rectification orders. */
    public boolean rectificationPending() {
        return rectificationPending;
    }

    public List<HistoryEntry<InspectionStatus>> history() {
        return List.copyOf(history);
    }
}
