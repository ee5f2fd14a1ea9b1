package org.estatecare.assessments.survey.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.estatecare.assessments.survey.Survey;
import org.estatecare.assessments.survey.SurveyClosure;
import org.estatecare.assessments.survey.SurveyId;
import org.estatecare.events.ids.CompanyId;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.web.Coded;
import org.estatecare.kit.web.ETags;
import org.springframework.http.ResponseEntity;

/**
 * A survey as the API shows it: the estate as fixed when it opened, how many codes stand and answers came in, and
 * once closed its result. Never a single answer, a household or a code.
 *
 * @param companyId absent when no company serves the estate on the period's last day
 * @param result    absent while the survey is open
 */
public record SurveyView(SurveyId id, long revision, EstateId estateId, String street, String community,
                         CompanyId companyId, String period, int households, Coded status, int codesIssued, int answers,
                         int answersByCode, int answersOnPaper, String openedBy, Instant openedAt, ResultView result) {

    /**
     * The closed survey's result (R-ASM-4): the shares of answers rating 4–5, overall and per basic service, to four
     * decimals; the answers the scheme required for the estate's households, whether they were reached, and the
     * scheme version that said so.
     */
    public record ResultView(BigDecimal satisfiedShare, List<ServiceShare> services, int requiredAnswers,
                             boolean sufficientSample, String scheme, int schemeVersion, String closedBy, Instant closedAt) {

        static ResultView of(SurveyClosure closure) {
            return new ResultView(closure.satisfiedShare(), closure.serviceShares().entrySet().stream()
                    .map(share -> new ServiceShare(Coded.of(share.getKey()), share.getValue())).toList(),
                    closure.requiredAnswers(), closure.sufficientSample(), closure.scheme(), closure.schemeVersion(),
                    closure.closedBy(), closure.closedAt());
        }
    }

    public record ServiceShare(Coded service, BigDecimal satisfiedShare) {
    }

    static ResponseEntity<SurveyView> ok(Survey survey) {
        return ResponseEntity.ok().eTag(ETags.of(survey.revision())).body(of(survey));
    }

    static SurveyView of(Survey s) {
        return new SurveyView(s.id(), s.revision(), s.estateId(), s.street(), s.community(), s.companyId().orElse(null),
                s.period().toString(), s.households(), Coded.of(s.status()), s.codesIssued(), s.answers(), s.answersByCode(),
                s.answersOnPaper(), s.openedBy(), s.openedAt(), s.closure().map(ResultView::of).orElse(null));
    }
}
