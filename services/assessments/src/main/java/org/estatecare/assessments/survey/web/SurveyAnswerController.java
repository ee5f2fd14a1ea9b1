package org.estatecare.assessments.survey.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.estatecare.assessments.survey.SurveyCode;
import org.estatecare.assessments.survey.SurveyService;
import org.estatecare.assessments.survey.web.SurveyRequests.CodeAnswer;
import org.estatecare.kit.web.IdempotencyFilter;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * A resident's answer with the code from the notice (R-ASM-4): a public path of the service
 * ({@code estatecare.security.public-paths}), since residents answer without an account. The code is the
 * credential: an unknown one is 404, the same whatever was typed; a used one, or one of a household that answered
 * on paper, is 409, as is an answer to a closed survey.
 */
@Tag(name = "survey answers", description = "Residents answer a satisfaction survey with their one-time code")
@RestController
class SurveyAnswerController {

    private final SurveyService service;

    SurveyAnswerController(SurveyService service) {
        this.service = service;
    }

    @Operation(summary = "Answer a survey with a one-time code",
            description = "No token needed. Ratings 1–5 of each basic service and overall; the code is used up. "
                    + "Takes no Idempotency-Key.")
    @PostMapping("/api/survey-answers")
    ResponseEntity<Void> answer(@Valid @RequestBody CodeAnswer body,
                                @RequestHeader(value = IdempotencyFilter.HEADER, required = false) String replayKey) {
        SurveyController.refuseReplay(replayKey);
        service.answerWithCode(SurveyCode.typed(body.code()), body.answer());
        return ResponseEntity.noContent().build();
    }
}
