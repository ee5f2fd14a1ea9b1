package org.estatecare.assessments.survey;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.estatecare.assessments.scoring.AssessmentPeriod;
import org.estatecare.assessments.scoring.SurveyResult;
import org.estatecare.events.assessments.AssessmentEvents;
import org.estatecare.events.assessments.SurveyClosed;
import org.estatecare.events.codes.BasicService;
import org.estatecare.events.estates.EstateTimeline;
import org.estatecare.events.ids.CompanyId;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.domain.Aggregate;
import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.domain.NotFoundException;
import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.StateConflictException;
import org.estatecare.kit.domain.Violation;

/**
 * The residents' satisfaction survey of one estate for one period, run by the street office (R-ASM-4). The street,
 * community and households are fixed when it opens, as the registry then announced them. Each household answers
 * once, with the one-time code printed on its notice or on a paper form the street office enters; households and
 * codes are kept only as keyed hashes, and answers only as counts. Closing fixes the satisfied shares and whether
 * the sample suffices by the scheme, and announces them on {@code assessments.v1}.
 */
@Implements("R-ASM-4")
public class Survey extends Aggregate<SurveyId> {

    /** The platform assesses from the district's first scheme on. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);
    static final String RULE = "R-ASM-4";
    static final String UNKNOWN_ESTATE_RULE = "R-PRIN-1";
    static final String OUTSIDE_THE_SCHEME_RULE = "R-ELIG-2";
    /** The state a household is in once it answered, however: its code and a second form are refused. */
    static final String HOUSEHOLD_ANSWERED = "HOUSEHOLD_ANSWERED";

    private EstateId estateId;
    private String street;
    private String community;
    private int households;
    /** The company serving the estate on the period's last day, as known when opened and again when closed. */
    private CompanyId companyId;
    private String period;
    private LocalDate periodEnd;
    private SurveyStatus status;
    private String openedBy;
    private Instant openedAt;
    private List<IssuedCode> codes = new ArrayList<>();
    /** The {@link HouseholdHash}es of the households that answered, in no particular order. */
    private Set<String> answered = new HashSet<>();
    private int answersByCode;
    private int answersOnPaper;
    private SatisfactionTally tally = SatisfactionTally.empty();
    private SurveyClosure closure;

    protected Survey() {
    }

    private Survey(SurveyId id) {
        super(id);
    }

    /**
     * The street office opens the survey of an estate for a period. Refused, naming every failed condition, when the
     * registry has not announced the estate here, the period has not begun or lies before {@link #FIRST_DAY}, the
     * estate is outside the scheme on the period's last day (its survey would feed no score), or it has no households.
     */
    public static Survey open(SurveyId id, EstateId estate, AssessmentPeriod period, Optional<EstateTimeline> announced,
                              Optional<CompanyId> servingAtPeriodEnd, String actor, LocalDate today, Instant at) {
        List<Violation> violations = new ArrayList<>();
        if (period.start().isAfter(today)) {
            violations.add(new Violation(RULE, "period-not-begun", "a survey opens once its period has begun",
                    period.toString()));
        }
        if (period.end().isBefore(FIRST_DAY)) {
            violations.add(new Violation(RULE, "period-before-2020", "a survey's period cannot lie before 2020",
                    period.toString()));
        }
        Optional<EstateTimeline> known = announced.filter(EstateTimeline::registered);
        if (known.isEmpty()) {
            violations.add(new Violation(UNKNOWN_ESTATE_RULE, "unknown-estate",
                    "the registry has not announced estate " + estate + " to this service yet", estate.value()));
        } else {
            if (!known.get().inSchemeOn(period.end())) {
                // R-ELIG-2: outside long-term management on the period's last day, the estate gets no score for it
                violations.add(new Violation(OUTSIDE_THE_SCHEME_RULE, "not-in-scheme-at-period-end",
                        "the estate is not in long-term management on the period's last day", period.end().toString()));
            }
            if (known.get().households() < 1) {
                violations.add(new Violation(RULE, "no-households", "the registry records no households for the estate"));
            }
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        Survey survey = new Survey(id);
        survey.estateId = estate;
        survey.street = known.get().street();
        survey.community = known.get().community();
        survey.households = known.get().households();
        survey.companyId = servingAtPeriodEnd.orElse(null);
        survey.period = period.toString();
        survey.periodEnd = period.end();
        survey.status = SurveyStatus.OPEN;
        survey.openedBy = actor;
        survey.openedAt = at;
        survey.changed();
        return survey;
    }

    /**
     * Issues a code to each household: a household that already has an unused code gets the new one instead (the
     * old one is then unknown). Refused (409) once closed or when one of the households has answered; refused (422)
     * when the households holding codes or having answered would outnumber the estate's.
     */
    public void issueCodes(List<CodeIssue> issues, Instant at) {
        requireOpen("issue codes");
        Set<String> requested = new HashSet<>();
        for (CodeIssue issue : issues) {
            if (!requested.add(issue.household().value())) {
                throw new IllegalArgumentException("each household is named once per request");
            }
            if (answered.contains(issue.household().value())) {
                throw new StateConflictException("issue codes", HOUSEHOLD_ANSWERED);
            }
        }
        Set<String> reached = householdsReached();
        reached.addAll(requested);
        requireAtMostTheEstatesHouseholds(reached.size());
        codes.removeIf(code -> requested.contains(code.household()));
        issues.forEach(issue -> codes.add(new IssuedCode(issue.household().value(), issue.code().value(), at, false)));
        changed();
    }

    /**
     * A household answers with the code from its notice. Refused (409) once closed, when the code was used or the
     * household answered on paper; a code this survey does not hold (replaced meanwhile) is not found.
     */
    public void answerWithCode(CodeHash code, SurveyAnswer answer) {
        IssuedCode issued = codes.stream().filter(c -> c.code().equals(code.value())).findFirst()
                .orElseThrow(() -> new NotFoundException("survey code", "—"));
        requireOpen("answer");
        if (issued.used() || answered.contains(issued.household())) {
            throw new StateConflictException("answer", HOUSEHOLD_ANSWERED);
        }
        codes.set(codes.indexOf(issued), issued.markedUsed());
        count(issued.household(), answer);
        answersByCode++;
    }

    /**
     * The street office enters a household's paper form. Refused (409) once closed or when the household has
     * answered already, with its code or on paper; refused (422) when it would be one household more than the
     * estate has. The household's unused code, if any, can no longer be used.
     */
    public void answerOnPaper(HouseholdHash household, SurveyAnswer answer) {
        requireOpen("answer");
        if (answered.contains(household.value())) {
            throw new StateConflictException("answer", HOUSEHOLD_ANSWERED);
        }
        Set<String> reached = householdsReached();
        reached.add(household.value());
        requireAtMostTheEstatesHouseholds(reached.size());
        count(household.value(), answer);
        answersOnPaper++;
    }

    /**
     * Closes the survey: the shares are fixed, the sample is judged by the scheme's rule for the estate's households,
     * and {@code assessments.survey.closed} is recorded for the estate. Refused (409) when closed already.
     */
    public void close(SampleStandard standard, Optional<CompanyId> servingAtPeriodEnd, String actor, Instant at) {
        requireOpen("close");
        companyId = servingAtPeriodEnd.orElse(null);
        Map<BasicService, BigDecimal> serviceShares = new EnumMap<>(BasicService.class);
        for (BasicService service : BasicService.values()) {
            serviceShares.put(service, tally.share(service));
        }
        SurveyResult result = result();
        closure = new SurveyClosure(result.satisfiedShare(), serviceShares, standard.rule().required(households),
                !standard.rule().insufficient(result), standard.scheme(), standard.schemeVersion(), actor, at);
        status = SurveyStatus.CLOSED;
        record(AssessmentEvents.SURVEY_CLOSED, announcement(), at);
    }

    /** The closed survey as the scoring reads it. */
    public SurveyResult toResult() {
        if (status != SurveyStatus.CLOSED) {
            throw new IllegalStateException("survey " + id() + " is still open: it has no result yet");
        }
        return result();
    }

    private SurveyResult result() {
        return new SurveyResult(id().value(), households, tally.answers(), tally.overallShare());
    }

    private SurveyClosed announcement() {
        List<SurveyClosed.ServiceSatisfaction> services = closure.serviceShares().entrySet().stream()
                .map(share -> new SurveyClosed.ServiceSatisfaction(share.getKey().name(), tally.answers(), share.getValue()))
                .toList();
        return new SurveyClosed(id().value(), estateId.value(), street, community,
                companyId == null ? null : companyId.value(), period, households, tally.answers(), closure.sufficientSample(),
                closure.satisfiedShare(), services, closure.closedAt());
    }

    private void count(String household, SurveyAnswer answer) {
        answered.add(household);
        tally = tally.plus(answer);
        changed();
    }

    /** Households this survey has reached: those holding a code and those that answered. */
    private Set<String> householdsReached() {
        Set<String> reached = new HashSet<>(answered);
        codes.forEach(code -> reached.add(code.household()));
        return reached;
    }

    private void requireAtMostTheEstatesHouseholds(int reached) {
        if (reached > households) {
            // one answer per household: more households than the estate has means a reference is wrong
            throw new RuleViolationException(new Violation(RULE, "more-households-than-the-estate",
                    "codes and answers would reach more households than the estate's " + households, String.valueOf(households)));
        }
    }

    private void requireOpen(String command) {
        if (status != SurveyStatus.OPEN) {
            throw new StateConflictException(command, status.name());
        }
    }

    @Override
    protected String partitionKey() {
        return estateId.value();
    }

    @Override
    public SurveyId id() {
        return SurveyId.of(storedId());
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

    public int households() {
        return households;
    }

    /** The company serving the estate on the period's last day; empty when none. */
    public Optional<CompanyId> companyId() {
        return Optional.ofNullable(companyId);
    }

    public AssessmentPeriod period() {
        return AssessmentPeriod.parse(period);
    }

    public SurveyStatus status() {
        return status;
    }

    public String openedBy() {
        return openedBy;
    }

    public Instant openedAt() {
        return openedAt;
    }

    /** Codes issued and still standing (a replaced code is gone), used or not. */
    public int codesIssued() {
        return codes.size();
    }

    public int answers() {
        return tally.answers();
    }

    public int answersByCode() {
        return answersByCode;
    }

    public int answersOnPaper() {
        return answersOnPaper;
    }

    /** The result fixed at closing; empty while open. */
    public Optional<SurveyClosure> closure() {
        return Optional.ofNullable(closure);
    }
}
