package org.estatecare.assessments.survey.web;

import java.net.URI;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.estatecare.assessments.scoring.AssessmentPeriod;
import org.estatecare.assessments.survey.HouseholdReference;
import org.estatecare.assessments.survey.Survey;
import org.estatecare.assessments.survey.SurveyFilter;
import org.estatecare.assessments.survey.SurveyId;
import org.estatecare.assessments.survey.SurveyService;
import org.estatecare.assessments.survey.SurveyStatus;
import org.estatecare.assessments.survey.web.SurveyRequests.CodeRequest;
import org.estatecare.assessments.survey.web.SurveyRequests.Opening;
import org.estatecare.assessments.survey.web.SurveyRequests.PaperAnswer;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.web.ETags;
import org.estatecare.kit.web.IdempotencyFilter;
import org.estatecare.kit.web.InvalidParameterException;
import org.estatecare.kit.web.PageView;
import org.estatecare.kit.web.SortAllowList;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Residents' satisfaction surveys (R-ASM-4), run by the street office of the estate's street (403 for anyone else):
 * opened per estate and period (409 for a second), codes issued per household, paper forms entered, closed. 422
 * naming why a survey cannot be opened; 409 for an answer from a household that answered or to a closed survey;
 * 412 when {@code If-Match} is stale. Outside the caller's scope a survey is not found.
 */
@Tag(name = "surveys", description = "Residents' satisfaction surveys per estate and period")
@RestController
@RequestMapping("/api/surveys")
class SurveyController {

    static final SortAllowList SORTABLE = SortAllowList.of(Map.of("period", "periodEnd", "openedAt", "openedAt",
            "status", "status")).byDefault(Sort.Direction.DESC, "period");
    private static final String STREET_CODE = "^[a-z0-9][a-z0-9-]{1,39}$";

    private final SurveyService service;

    SurveyController(SurveyService service) {
        this.service = service;
    }

    @Operation(summary = "Open a survey", description = "By a street officer of the estate's street, once the period has "
            + "begun, for an estate in the scheme on the period's last day. Street, community and households are fixed "
            + "as the registry announced them. One per estate and period. Send an Idempotency-Key.")
    @PostMapping
    ResponseEntity<SurveyView> open(@Valid @RequestBody Opening body, Caller caller) {
        Survey survey = service.open(body.estateId(), period(body.period()), caller);
        return ResponseEntity.created(URI.create("/api/surveys/" + survey.id())).eTag(ETags.of(survey.revision()))
                .body(SurveyView.of(survey));
    }

    @Operation(summary = "Read one survey", description = "Surveys outside the caller's scope answer 404; companies and "
            + "residents see closed surveys only.")
    @GetMapping("/{id}")
    ResponseEntity<SurveyView> get(@PathVariable SurveyId id, Caller caller) {
        return SurveyView.ok(service.get(id, caller));
    }

    @Operation(summary = "List surveys", description = "Filters by estate, street, period (2026-03, 2026-Q1) and status; "
            + "sorts by " + "period, openedAt or status (default period,desc).")
    @GetMapping
    PageView<SurveyView> list(@RequestParam(required = false) EstateId estateId,
                              @RequestParam(required = false) @Pattern(regexp = STREET_CODE) String street,
                              @RequestParam(required = false) @Pattern(regexp = SurveyRequests.PERIOD) String period,
                              @RequestParam(required = false) SurveyStatus status,
                              @ParameterObject Pageable page, Caller caller) {
        SurveyFilter filter = new SurveyFilter(estateId, street, period == null ? null : period(period), status);
        return PageView.of(service.search(filter, SORTABLE.apply(page), caller), SurveyView::of);
    }

    @Operation(summary = "Issue one-time codes for households' notices",
            description = "A fresh code per household named (building-unit-room such as 3-2-501); a household's unused "
                    + "code is replaced. The codes are in this answer only: print them; they are kept hashed and never "
                    + "shown again. 409 for a household that has answered. Needs If-Match; takes no Idempotency-Key, "
                    + "since no copy of the codes may be kept for a replay.")
    @PostMapping("/{id}/codes")
    ResponseEntity<IssuedCodesView> issueCodes(@PathVariable SurveyId id, @Valid @RequestBody CodeRequest body,
                                               @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                               @RequestHeader(value = IdempotencyFilter.HEADER, required = false) String replayKey,
                                               Caller caller) {
        refuseReplay(replayKey);
        SurveyService.IssuedCodes issued = service.issueCodes(id, body.references(), ETags.ifMatchRequired(ifMatch), caller);
        return ResponseEntity.ok().eTag(ETags.of(issued.survey().revision())).cacheControl(CacheControl.noStore())
                .body(IssuedCodesView.of(issued));
    }

    @Operation(summary = "Enter a household's paper form",
            description = "Ratings 1–5 of each basic service and overall. 409 when the household has answered, with its "
                    + "code or on paper, or the survey is closed. If-Match optional; takes no Idempotency-Key.")
    @PostMapping("/{id}/answers")
    ResponseEntity<SurveyView> answerOnPaper(@PathVariable SurveyId id, @Valid @RequestBody PaperAnswer body,
                                             @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                             @RequestHeader(value = IdempotencyFilter.HEADER, required = false) String replayKey,
                                             Caller caller) {
        refuseReplay(replayKey);
        return SurveyView.ok(service.answerOnPaper(id, HouseholdReference.of(body.household()), body.answer(),
                ETags.ifMatch(ifMatch), caller));
    }

    @Operation(summary = "Close a survey", description = "Fixes the satisfied shares and judges the sample by the scheme in "
            + "force for the estate's street on the period's last day; announced as assessments.survey.closed. "
            + "Needs If-Match.")
    @PostMapping("/{id}/closing")
    ResponseEntity<SurveyView> close(@PathVariable SurveyId id,
                                     @RequestHeader(value = "If-Match", required = false) String ifMatch, Caller caller) {
        return SurveyView.ok(service.close(id, ETags.ifMatchRequired(ifMatch), caller));
    }

    /**
     * The kit keeps a replayable copy of every request and answer sent with an Idempotency-Key; for codes and
     * households that copy would outlive the hashing, so these writes refuse the key (a retry meets 409 instead).
     */
    static void refuseReplay(String replayKey) {
        if (replayKey != null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, IdempotencyFilter.HEADER
                    + " is not taken here: no copy of a code or a household's answer is kept for a replay");
        }
    }

    private static AssessmentPeriod period(String text) {
        try {
            return AssessmentPeriod.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("period", e.getMessage());
        }
    }
}
