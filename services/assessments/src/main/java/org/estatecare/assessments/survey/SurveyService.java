package org.estatecare.assessments.survey;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.estatecare.assessments.scheme.SchemeInForce;
import org.estatecare.assessments.scheme.Schemes;
import org.estatecare.assessments.scoring.AssessmentPeriod;
import org.estatecare.events.estates.EstateTimeline;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.domain.NotFoundException;
import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.Violation;
import org.estatecare.kit.inbox.EstateTimelines;
import org.estatecare.kit.inbox.ServingCompanies;
import org.estatecare.kit.security.Access;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.time.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Running satisfaction surveys for the street office, taking residents' answers by code, and reading surveys within
 * the caller's scope. Plain household references and codes pass through here only to be hashed; nothing about an
 * answer or a code is logged.
 */
@Service
public class SurveyService {

    static final String STREET_OFFICE = "hasRole('street-officer')";
    private static final Logger log = LoggerFactory.getLogger(SurveyService.class);

    private final Surveys surveys;
    private final SurveyAccess access;
    private final KeyedHashes hashes;
    private final EstateTimelines estates;
    private final ServingCompanies serving;
    private final Schemes schemes;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public SurveyService(Surveys surveys, SurveyAccess access, KeyedHashes hashes, EstateTimelines estates,
                         ServingCompanies serving, Schemes schemes, Clock clock) {
        this.surveys = surveys;
        this.access = access;
        this.hashes = hashes;
        this.estates = estates;
        this.serving = serving;
        this.schemes = schemes;
        this.clock = clock;
    }

    /** A survey just changed, with the codes it issued in the same step (none for other steps). */
    public record IssuedCodes(Survey survey, List<CodeForNotice> codes) {
    }

    /**
     * Opens the survey of an estate for a period: 403 unless the caller is an officer of the estate's street; the
     * survey refuses what it cannot take (422); a second survey of the same estate and period is 409.
     */
    @PreAuthorize(STREET_OFFICE)
    public Survey open(EstateId estate, AssessmentPeriod period, Caller caller) {
        Optional<EstateTimeline> announced = estates.find(estate);
        // an estate not announced yet is refused by the survey itself (422), not hidden as missing
        announced.filter(EstateTimeline::registered).ifPresent(known -> {
            if (!access.mayRun(caller, known.street())) {
                throw new AccessDeniedException("surveys are run by the street office of the estate's street");
            }
        });
        Survey opened = surveys.add(Survey.open(SurveyId.issue(), estate, period, announced,
                serving.companyServing(estate, period.end()), caller.username(), today(), clock.instant()));
        log.info("survey opened: id={} estate={} period={} households={}", opened.id(), estate, period, opened.households());
        return opened;
    }

    /** Issues a fresh one-time code to each household, replacing its unused one; the plain codes are answered once. */
    @PreAuthorize(STREET_OFFICE)
    public IssuedCodes issueCodes(SurveyId id, List<HouseholdReference> households, OptionalLong ifMatch, Caller caller) {
        requireRunBy(caller, id);
        List<CodeForNotice> printed = new ArrayList<>();
        List<CodeIssue> issues = new ArrayList<>();
        for (HouseholdReference household : households) {
            SurveyCode code = SurveyCode.random(random);
            printed.add(new CodeForNotice(household, code));
            issues.add(new CodeIssue(hashes.household(id, household), hashes.code(code)));
        }
        Survey issued = surveys.update(id, access.scope(caller), ifMatch, survey -> survey.issueCodes(issues, clock.instant()));
        log.info("survey codes issued: id={} count={}", id, issues.size());
        return new IssuedCodes(issued, printed);
    }

    /** Enters a household's paper form. */
    @PreAuthorize(STREET_OFFICE)
    public Survey answerOnPaper(SurveyId id, HouseholdReference household, SurveyAnswer answer, OptionalLong ifMatch,
                                Caller caller) {
        requireRunBy(caller, id);
        HouseholdHash hashed = hashes.household(id, household);
        return surveys.update(id, access.scope(caller), ifMatch, survey -> survey.answerOnPaper(hashed, answer));
    }

    /**
     * A resident's answer with the code from the notice, without an account. A code no survey holds is not found,
     * said the same way whatever was typed.
     */
    public void answerWithCode(SurveyCode code, SurveyAnswer answer) {
        CodeHash hashed = hashes.code(code);
        Survey survey = surveys.withCode(hashed).orElseThrow(() -> new NotFoundException("survey code", "—"));
        surveys.update(survey.id(), Access.everything(), OptionalLong.empty(), found -> found.answerWithCode(hashed, answer));
    }

    /**
     * Closes the survey: its sample is judged by the scheme in force for the estate's street on the period's last
     * day, and the company serving on that day is the one it is announced for.
     */
    @PreAuthorize(STREET_OFFICE)
    public Survey close(SurveyId id, OptionalLong ifMatch, Caller caller) {
        Survey current = requireRunBy(caller, id);
        LocalDate lastDay = current.period().end();
        SchemeInForce scheme = schemes.inForce(Optional.of(current.street()), lastDay)
                .orElseThrow(() -> new RuleViolationException(new Violation(Survey.RULE, "no-scheme-in-force",
                        "no assessment scheme is in force on the period's last day to judge the sample by", lastDay.toString())));
        SampleStandard standard = new SampleStandard(scheme.scheme().value(), scheme.version().number(),
                scheme.version().rules().sample());
        Survey closed = surveys.update(id, access.scope(caller), ifMatch, survey -> survey.close(standard,
                serving.companyServing(survey.estateId(), lastDay), caller.username(), clock.instant()));
        log.info("survey closed: id={} estate={} period={} answers={} sufficientSample={}", id, closed.estateId(),
                closed.period(), closed.answers(), closed.closure().orElseThrow().sufficientSample());
        return closed;
    }

    public Survey get(SurveyId id, Caller caller) {
        return surveys.get(id, access.scope(caller));
    }

    public Page<Survey> search(SurveyFilter filter, Pageable page, Caller caller) {
        return surveys.search(filter, access.scope(caller), page);
    }

    /** The survey as the caller sees it (404 outside their scope), and 403 unless they run it. */
    private Survey requireRunBy(Caller caller, SurveyId id) {
        Survey survey = surveys.get(id, access.scope(caller));
        if (!access.mayRun(caller, survey.street())) {
            throw new AccessDeniedException("surveys are run by the street office of the estate's street");
        }
        return survey;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), WorkingDayCalendar.BEIJING);
    }
}
