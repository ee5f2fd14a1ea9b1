package org.estatecare.assessments.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.estatecare.assessments.evidence.ComplaintLedger;
import org.estatecare.assessments.evidence.ReportLedger;
import org.estatecare.assessments.evidence.WorkingDays;
import org.estatecare.assessments.scheme.SchemeId;
import org.estatecare.assessments.scheme.SchemeInForce;
import org.estatecare.assessments.scheme.Schemes;
import org.estatecare.assessments.scoring.AssessmentPeriod;
import org.estatecare.assessments.scoring.Breakdown;
import org.estatecare.assessments.scoring.Finding;
import org.estatecare.assessments.scoring.InspectionResult;
import org.estatecare.assessments.scoring.PeriodEvidence;
import org.estatecare.assessments.scoring.PeriodSplit;
import org.estatecare.assessments.scoring.ReportStatus;
import org.estatecare.assessments.scoring.SchemeRules;
import org.estatecare.assessments.scoring.ScoreCalculator;
import org.estatecare.assessments.scoring.ServingSpell;
import org.estatecare.assessments.scoring.SurveyResult;
import org.estatecare.events.estates.EstateTimeline;
import org.estatecare.events.ids.CompanyId;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.Violation;
import org.estatecare.kit.inbox.EstateTimelines;
import org.estatecare.kit.inbox.ServingCompanies;
import org.estatecare.kit.security.Access;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.time.Quarter;
import org.estatecare.kit.time.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Computes an estate's period, spell by spell, from the evidence this service holds and the scheme in
 * force, and moves the results from draft to published. A period split between two companies is
 * assessed per company for its days; days outside the scheme are not assessed.
 */
@Service
@Implements({"R-ASM-1", "R-ASM-3"})
public class AssessmentService {

    static final String RULE = "R-ASM-1";
    /** Marks the days the estate was outside the scheme while splitting a period; never a company's id. */
    private static final String OUTSIDE_THE_SCHEME = "~outside";
    private static final Logger log = LoggerFactory.getLogger(AssessmentService.class);

    private final Assessments assessments;
    private final AssessmentAccess access;
    private final EstateTimelines estates;
    private final ServingCompanies serving;
    private final Schemes schemes;
    private final InspectionEvidence inspections;
    private final SurveyEvidence surveys;
    private final ComplaintLedger complaints;
    private final ReportLedger reports;
    private final WorkingDays workingDays;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public AssessmentService(Assessments assessments, AssessmentAccess access, EstateTimelines estates,
                             ServingCompanies serving, Schemes schemes, InspectionEvidence inspections,
                             SurveyEvidence surveys, ComplaintLedger complaints, ReportLedger reports,
                             WorkingDays workingDays, ApplicationEventPublisher events, Clock clock) {
        this.assessments = assessments;
        this.access = access;
        this.estates = estates;
        this.serving = serving;
        this.schemes = schemes;
        this.inspections = inspections;
        this.surveys = surveys;
        this.complaints = complaints;
        this.reports = reports;
        this.workingDays = workingDays;
        this.events = events;
        this.clock = clock;
    }

    /** What one computation did for each spell of the period. */
    public record Computed(List<Assessment> assessments, List<Skipped> skipped) {
    }

    /** A spell left as it was, and why (already confirmed, nothing assessable). */
    public record Skipped(LocalDate from, LocalDate to, CompanyId companyId, String reason) {
    }

    /**
     * Computes (or computes again, while drafts) the assessments of an estate's period once it is over.
     * Refused (422) for an estate not announced here or never in the scheme during the period.
     */
    @PreAuthorize("hasAnyRole('street-officer', 'district-admin')")
    public Computed compute(EstateId estateId, AssessmentPeriod period, Caller caller) {
        LocalDate today = today();
        EstateTimeline estate = estates.find(estateId).filter(EstateTimeline::registered)
                .orElseThrow(() -> refused("estate-unknown", "the registry has not announced this estate", estateId.value()));
        if (!access.mayAssess(caller, estate.street())) {
            throw new AccessDeniedException("only the district and the officers of street " + estate.street()
                    + " assess its estates");
        }
        if (!today.isAfter(period.end())) {
            throw refused("period-not-over", "a period is assessed once it is over", period.toString());
        }
        List<ServingSpell> spells = spells(estate, estateId, period);
        if (spells.isEmpty()) {
            throw refused("not-in-scheme", "the estate was not in the scheme on any day of the period", period.toString());
        }
        List<Assessment> done = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (ServingSpell spell : spells) {
            AssessedSpell assessed = new AssessedSpell(estateId, estate.street(), estate.community(), spell.companyId(),
                    period, spell.from(), spell.to());
            SchemeInForce scheme = schemes.inForce(Optional.of(estate.street()), spell.to())
                    .orElseThrow(() -> refused("no-scheme", "no approved scheme is in force", spell.to().toString()));
            SchemeRules rules = scheme.version().rules();
            PeriodEvidence evidence = evidence(assessed, rules, today);
            if (!ScoreCalculator.assessable(rules, evidence)) {
                skipped.add(new Skipped(spell.from(), spell.to(), company(spell), "nothing-assessable"));
                continue;
            }
            Breakdown breakdown = ScoreCalculator.score(rules, evidence);
            SchemeUsed used = new SchemeUsed(scheme.scheme().value(), scheme.version().number(), rules.rewardShares());
            Optional<Assessment> existing = assessments.find(assessed.id(), access.scope(caller));
            if (existing.isEmpty()) {
                done.add(assessments.add(Assessment.draft(assessed, used, breakdown, caller.username(), clock.instant())));
            } else if (existing.get().status() == AssessmentStatus.DRAFT) {
                done.add(assessments.update(assessed.id(), access.scope(caller), OptionalLong.empty(),
                        a -> a.recompute(used, breakdown, caller.username(), clock.instant())));
            } else {
                skipped.add(new Skipped(spell.from(), spell.to(), company(spell),
                        "already-" + existing.get().status().name().toLowerCase()));
            }
        }
        log.info("assessed estate {} for {}: {} computed, {} left", estateId, period, done.size(), skipped.size());
        return new Computed(done, skipped);
    }

    /** The assessment as stored, for what this service does by itself (never for a caller's request). */
    public Assessment current(AssessmentId id) {
        return assessments.get(id, Access.everything());
    }

    public Assessment get(AssessmentId id, Caller caller) {
        return assessments.get(id, access.scope(caller));
    }

    public Page<Assessment> list(AssessmentFilter filter, Pageable page, Caller caller) {
        return assessments.search(filter, access.scope(caller), page);
    }

    @PreAuthorize("hasAnyRole('street-officer', 'district-admin')")
    public Assessment confirm(AssessmentId id, OptionalLong ifMatch, Caller caller) {
        requireAssessor(caller, get(id, caller));
        return assessments.update(id, access.scope(caller), ifMatch, a -> a.confirm(caller.username(), clock.instant()));
    }

    @PreAuthorize("hasAnyRole('street-officer', 'district-admin')")
    public Assessment publish(AssessmentId id, OptionalLong ifMatch, Caller caller) {
        requireAssessor(caller, get(id, caller));
        Assessment published = assessments.update(id, access.scope(caller), ifMatch, a -> a.publish(caller.username(), clock.instant()));
        events.publishEvent(new AssessmentGraded(published));
        return published;
    }

    /**
     * Revises a published assessment by a re-inspection (R-ASM-3): the spell's evidence as it stands now, with the
     * re-inspection's checklist scores in place of the spell's inspections and its findings in place of theirs,
     * scored by the scheme version the assessment was published under. Recorded as the next revision and announced.
     */
    public Assessment reviseByReInspection(AssessmentId id, InspectionResult reInspection, List<Finding> findings,
                                           String reason, String actor) {
        Assessment current = assessments.get(id, Access.everything());
        SchemeRules rules = schemes.get(SchemeId.of(current.scheme().scheme()), Access.everything())
                .version(current.scheme().version()).rules();
        AssessedSpell spell = new AssessedSpell(current.estateId(), current.street(), current.community(),
                current.companyId().map(CompanyId::value), current.period(), current.spellFrom(), current.spellTo());
        PeriodEvidence now = evidence(spell, rules, today());
        PeriodEvidence revised = new PeriodEvidence(now.companyServes(), List.of(reInspection), findings, now.survey(),
                now.complaints(), now.feePublication(), now.subsidyReport());
        Breakdown breakdown = ScoreCalculator.score(rules, revised);
        Assessment done = assessments.update(id, Access.everything(), OptionalLong.empty(),
                a -> a.revise(breakdown, reason, actor, clock.instant()));
        log.info("assessment revised: id={} revision={} grade={}", id, done.revisions().size() - 1, done.grade());
        events.publishEvent(new AssessmentGraded(done));
        return done;
    }

    private void requireAssessor(Caller caller, Assessment assessment) {
        if (!access.mayAssess(caller, assessment.street())) {
            throw new AccessDeniedException("only the district and the officers of street " + assessment.street()
                    + " move its assessments");
        }
    }

    /** The period's days in the scheme, split where the serving company changes. */
    private List<ServingSpell> spells(EstateTimeline estate, EstateId estateId, AssessmentPeriod period) {
        return PeriodSplit.split(period, day -> {
            if (!estate.inSchemeOn(day)) {
                return Optional.of(OUTSIDE_THE_SCHEME);
            }
            return estate.companyModeOn(day) ? serving.companyServing(estateId, day).map(CompanyId::value) : Optional.empty();
        }).stream().filter(spell -> !spell.companyId().map(OUTSIDE_THE_SCHEME::equals).orElse(false)).toList();
    }

    /**
     * A spell's evidence: its days' inspections, findings and complaint handling; the period's survey and
     * quarterly reports go to the spell that ends the period (the company serving then answers for them).
     */
    private PeriodEvidence evidence(AssessedSpell spell, SchemeRules rules, LocalDate today) {
        boolean endsThePeriod = spell.to().equals(spell.period().end());
        Optional<SurveyResult> survey = endsThePeriod ? surveys.closed(spell.estate(), spell.period()) : Optional.empty();
        ReportStatus fee = ReportStatus.NOT_DUE;
        ReportStatus subsidy = ReportStatus.NOT_DUE;
        if (endsThePeriod && spell.period().kind() == AssessmentPeriod.Kind.QUARTER) {
            Quarter quarter = Quarter.of(spell.period().end());
            WorkingDayCalendar calendar = workingDays.calendar();
            fee = reports.status(ReportLedger.Kind.FEE_PUBLICATION, spell.estate(), quarter,
                    rules.reportingDue().feePublicationDue(quarter, calendar), today);
            subsidy = reports.status(ReportLedger.Kind.SUBSIDY_USE_REPORT, spell.estate(), quarter,
                    rules.reportingDue().subsidyReportDue(quarter, calendar), today);
        }
        return new PeriodEvidence(spell.companyId().isPresent(), inspections.results(spell.estate(), spell.from(), spell.to()),
                inspections.findings(spell.estate(), spell.from(), spell.to()), survey,
                complaints.record(spell.estate(), spell.from(), spell.to()), fee, subsidy);
    }

    private static CompanyId company(ServingSpell spell) {
        return spell.companyId().map(CompanyId::new).orElse(null);
    }

    private static RuleViolationException refused(String condition, String message, String about) {
        return new RuleViolationException(new Violation(RULE, condition, message, about));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), WorkingDayCalendar.BEIJING);
    }
}
