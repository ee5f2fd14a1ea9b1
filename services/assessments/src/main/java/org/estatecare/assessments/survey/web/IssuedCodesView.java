package org.estatecare.assessments.survey.web;

import java.util.List;

import org.estatecare.assessments.survey.SurveyId;
import org.estatecare.assessments.survey.SurveyService.IssuedCodes;

/**
 * The codes just issued, for the printed notices: the only answer that ever holds them in plain text. The survey
 * keeps them hashed, so they cannot be shown again; a lost notice gets a new code.
 *
 * @param revision the survey's revision after issuing (also the ETag)
 */
public record IssuedCodesView(SurveyId surveyId, long revision, List<PrintedCode> codes) {

    /** A household as given in the request, and its code in groups of four as printed. */
    public record PrintedCode(String household, String code) {
    }

    static IssuedCodesView of(IssuedCodes issued) {
        return new IssuedCodesView(issued.survey().id(), issued.survey().revision(), issued.codes().stream()
                .map(code -> new PrintedCode(code.household().value(), code.code().printed())).toList());
    }
}
