package org.estatecare.assessments.reinspection;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.estatecare.assessments.assessment.Assessment;
import org.estatecare.assessments.assessment.AssessmentId;
import org.estatecare.assessments.assessment.AssessmentStatus;
import org.estatecare.assessments.inspection.Checklist;
import org.estatecare.assessments.inspection.FindingId;
import org.estatecare.assessments.inspection.FindingReport;
import org.estatecare.assessments.inspection.InspectionFinding;
import org.estatecare.assessments.inspection.InspectionReport;
import org.estatecare.assessments.scoring.Finding;
import org.estatecare.assessments.scoring.InspectionLevel;
import org.estatecare.assessments.scoring.InspectionResult;
import org.estatecare.events.codes.Grade;
import org.estatecare.events.ids.CompanyId;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.domain.Aggregate;
import org.estatecare.kit.domain.HistoryEntry;
import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.StateConflictException;
import org.estatecare.kit.domain.Violation;

/**
 * A re-inspection (复验, R-ASM-3) of a published assessment with a poor grade (合格 or 不合格): requested by the street
 * office with its reason, performed by the district or the city with checklists per basic service and findings, like
 * a spot check at their level. Its result revises the assessment's grade: the spell is scored again by the scheme
 * version it was published under, on its evidence as it stands, with this re-inspection's checklist scores in place of
 * the spell's inspections and its findings in place of theirs (a re-inspection looks at the estate again as a whole).
 * One request at a time per assessment.
 */
@Implements("R-ASM-3")
public class ReInspection extends Aggregate<ReInspectionId> {

    static final String RULE = "R-ASM-3";

    private AssessmentId assessmentId;
    /** The assessment while requested (unique: one open request per assessment), this id once performed. */
    private String openKey;
    private EstateId estateId;
    private String street;
    private String community;
    private CompanyId companyId;
    private String period;
    private Grade gradeBefore;
    private BigDecimal scoreBefore;
    private String reason;
    private String requestedBy;
    private LocalDate requestedOn;
    private Instant requestedAt;
    private ReInspectionStatus status;
    private InspectionLevel level;
    private LocalDate inspectedOn;
    private String inspector;
    private List<Checklist> checklists = new ArrayList<>();
    private List<InspectionFinding> findings = new ArrayList<>();
    /** Set when performed, cleared once the assessment carries the result: the revision is never lost between the two writes. */
    private boolean revisionPending;
    private Integer resultRevision;
    private Grade gradeAfter;
    private BigDecimal scoreAfter;
    private List<HistoryEntry<ReInspectionStatus>> history = new ArrayList<>();

    protected ReInspection() {
    }

    private ReInspection(ReInspectionId id) {
        super(id);
    }

    /** The street office asks for a re-inspection of a published assessment graded 合格 or 不合格 (422 otherwise). */
    public static ReInspection request(ReInspectionId id, Assessment assessment, String reason, String actor, LocalDate today,
                                       Instant at) {
        List<Violation> violations = new ArrayList<>();
        if (assessment.status() != AssessmentStatus.PUBLISHED) {
            violations.add(new Violation(RULE, "assessment-not-published", "a re-inspection revises a published grade",
                    assessment.status().name()));
        }
        if (assessment.grade() != Grade.PASS && assessment.grade() != Grade.FAIL) {
            violations.add(new Violation(RULE, "grade-not-poor", "a re-inspection is for a grade of 合格 or 不合格",
                    assessment.grade().name()));
        }
        if (reason == null || reason.isBlank()) {
            violations.add(new Violation(RULE, "reason-missing", "a re-inspection is requested with its reason"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        ReInspection requested = new ReInspection(id);
        requested.assessmentId = assessment.id();
        requested.openKey = assessment.id().value();
        requested.estateId = assessment.estateId();
        requested.street = assessment.street();
        requested.community = assessment.community();
        requested.companyId = assessment.companyId().orElse(null);
        requested.period = assessment.period().toString();
        requested.gradeBefore = assessment.grade();
        requested.scoreBefore = assessment.score();
        requested.reason = reason.strip();
        requested.requestedBy = actor;
        requested.requestedOn = today;
        requested.requestedAt = at;
        requested.status = ReInspectionStatus.REQUESTED;
        requested.history.add(new HistoryEntry<>("requested", at, null, actor, null, ReInspectionStatus.REQUESTED,
                List.of(assessment.id().value()), requested.reason));
        requested.changed();
        return requested;
    }

    /**
     * The district or the city records what it found. Refused (409) unless requested; refused (422, naming every
     * failed condition) when the day is before the request or after today, nothing was checked, or a finding claims
     * to restate one (a re-inspection's findings are all its own).
     */
    public void perform(InspectionLevel performedAt, InspectionReport report, String actor, LocalDate today, Instant at) {
        if (status != ReInspectionStatus.REQUESTED) {
            throw new StateConflictException("perform", status.name());
        }
        List<Violation> violations = new ArrayList<>();
        if (report.inspectedOn().isBefore(requestedOn)) {
            violations.add(new Violation(RULE, "inspected-before-request", "a re-inspection takes place after it was requested",
                    report.inspectedOn().toString()));
        }
        if (report.inspectedOn().isAfter(today)) {
            violations.add(new Violation(RULE, "inspected-after-today", "a re-inspection is recorded once it took place",
                    report.inspectedOn().toString()));
        }
        if (report.checksNothing()) {
            violations.add(new Violation(RULE, "nothing-checked", "a re-inspection checks at least one item"));
        }
        if (report.findings().stream().anyMatch(finding -> finding.keeps() != null)) {
            violations.add(new Violation(RULE, "finding-restated", "a re-inspection's findings are its own"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        level = performedAt;
        inspectedOn = report.inspectedOn();
        inspector = actor;
        checklists = new ArrayList<>(report.checklists().stream().filter(c -> !c.isEmpty())
                .sorted(Comparator.comparing(Checklist::service)).toList());
        List<InspectionFinding> numbered = new ArrayList<>();
        for (FindingReport finding : report.findings()) {
            numbered.add(finding.numbered(numbered.size() + 1));
        }
        findings = numbered;
        status = ReInspectionStatus.PERFORMED;
        openKey = id().value();
        revisionPending = true;
        history.add(new HistoryEntry<>("performed", at, inspectedOn.equals(today) ? null : inspectedOn, actor,
                ReInspectionStatus.REQUESTED, ReInspectionStatus.PERFORMED, List.of(), level + ": " + findings.size() + " findings"));
        changed();
    }

    /** The assessment now carries the result as its revision {@code revision}. */
    public void resultRecorded(int revision, BigDecimal score, Grade grade, Instant at) {
        if (!revisionPending) {
            return;
        }
        resultRevision = revision;
        scoreAfter = score;
        gradeAfter = grade;
        revisionPending = false;
        history.add(HistoryEntry.of("grade-revised", at, HistoryEntry.SYSTEM, status,
                "revision " + revision + ": " + gradeBefore.label() + " " + scoreBefore.toPlainString() + " → "
                        + grade.label() + " " + score.toPlainString()));
        changed();
    }

    /** The reason the assessment's revision is recorded with; it names this re-inspection. */
    public String revisionReason() {
        return "re-inspection " + id().value();
    }

    /** The checklist scores as the scoring reads them. */
    public InspectionResult toResult() {
        return new InspectionResult(id().value(), level, inspectedOn, Checklist.scoresOf(checklists));
    }

    /** The findings as the scoring deducts for them. */
    public List<Finding> scoredFindings() {
        return findings.stream().map(f -> new Finding(id().value(), f.kind(), f.place())).toList();
    }

    /** A finding's id, as its rectification order cites it. */
    public FindingId findingId(InspectionFinding finding) {
        return FindingId.numbered(id().value(), finding.number());
    }

    @Override
    public ReInspectionId id() {
        return ReInspectionId.of(storedId());
    }

    public AssessmentId assessmentId() {
        return assessmentId;
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

    public Optional<CompanyId> companyId() {
        return Optional.ofNullable(companyId);
    }

    public String period() {
        return period;
    }

    public Grade gradeBefore() {
        return gradeBefore;
    }

    public BigDecimal scoreBefore() {
        return scoreBefore;
    }

    public String reason() {
        return reason;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public ReInspectionStatus status() {
        return status;
    }

    public Optional<InspectionLevel> level() {
        return Optional.ofNullable(level);
    }

    public Optional<LocalDate> inspectedOn() {
        return Optional.ofNullable(inspectedOn);
    }

    public String inspector() {
        return inspector;
    }

    public List<Checklist> checklists() {
        return List.copyOf(checklists);
    }

    public List<InspectionFinding> findings() {
        return List.copyOf(findings);
    }

    public boolean revisionPending() {
        return revisionPending;
    }

    public Optional<Integer> resultRevision() {
        return Optional.ofNullable(resultRevision);
    }

    public Optional<Grade> gradeAfter() {
        return Optional.ofNullable(gradeAfter);
    }

    public Optional<BigDecimal> scoreAfter() {
        return Optional.ofNullable(scoreAfter);
    }

    public List<HistoryEntry<ReInspectionStatus>> history() {
        return List.copyOf(history);
    }
}
