package org.estatecare.assessments.assessment.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.estatecare.assessments.assessment.Assessment;
import org.estatecare.assessments.assessment.AssessmentFilter;
import org.estatecare.assessments.assessment.AssessmentId;
import org.estatecare.assessments.assessment.AssessmentService;
import org.estatecare.assessments.assessment.AssessmentStatus;
import org.estatecare.assessments.scheme.SchemeId;
import org.estatecare.assessments.scoring.AssessmentPeriod;
import org.estatecare.events.codes.Grade;
import org.estatecare.events.ids.CompanyId;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.domain.HistoryEntry;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.web.ETags;
import org.estatecare.kit.web.InvalidParameterException;
import org.estatecare.kit.web.PageView;
import org.estatecare.kit.web.SortAllowList;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Period scores (R-ASM-1): computed by the street office once a period is over, confirmed, published.
 * 409 when the status does not allow the step; 422 naming why a period cannot be assessed.
 */
@Tag(name = "assessments", description = "Explainable period scores and grades of estates")
@RestController
@RequestMapping("/api/assessments")
class AssessmentController {

    /** A month ({@code 2026-03}) or a quarter ({@code 2026-Q1}) of the years the platform serves. */
    static final String PERIOD = "^(20\\d\\d|2100)-(0[1-9]|1[0-2]|Q[1-4])$";
    static final String ID = "^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$";
    private static final SortAllowList SORTABLE = SortAllowList.of(Map.of("period", "period", "score", "breakdown.score",
            "street", "street", "from", "spellFrom")).byDefault(Sort.Direction.DESC, "period");

    private final AssessmentService service;

    AssessmentController(AssessmentService service) {
        this.service = service;
    }

    @Operation(summary = "Compute an estate's period",
            description = "Once the period is over: one assessment per company that served days of it (or none), "
                    + "as drafts; drafts are computed again, confirmed ones left as they are. Send an Idempotency-Key.")
    @PostMapping("/computation")
    ComputationView compute(@Valid @RequestBody Computation body, Caller caller) {
        AssessmentService.Computed computed = service.compute(body.estateId(), period(body.period()), caller);
        return new ComputationView(body.estateId(), body.period(),
                computed.assessments().stream().map(AssessmentView::of).toList(), computed.skipped());
    }

    @Operation(summary = "List assessments", description = "Filters: estate, street, community, company, period, "
            + "status, grade; newest period first unless sort= names period, score, street or from.")
    @GetMapping
    PageView<AssessmentView> list(@RequestParam(required = false) EstateId estateId,
                                  @RequestParam(required = false) @Pattern(regexp = SchemeId.STREET_CODE) String street,
                                  @RequestParam(required = false) @Pattern(regexp = ID) String community,
                                  @RequestParam(required = false) CompanyId companyId,
                                  @RequestParam(required = false) @Pattern(regexp = PERIOD) String period,
                                  @RequestParam(required = false) AssessmentStatus status,
                                  @RequestParam(required = false) Grade grade,
                                  @ParameterObject Pageable page, Caller caller) {
        AssessmentFilter filter = new AssessmentFilter(estateId, street, community, companyId, period, status, grade);
        return PageView.of(service.list(filter, SORTABLE.apply(page), caller), AssessmentView::of);
    }

    @GetMapping("/{id}")
    ResponseEntity<AssessmentView> get(@PathVariable @Pattern(regexp = ID) String id, Caller caller) {
        return ok(service.get(AssessmentId.of(id), caller));
    }

    @Operation(summary = "Every published state of an assessment", description = "Revision 0 is the first publication.")
    @GetMapping("/{id}/revisions")
    PageView<RevisionView> revisions(@PathVariable @Pattern(regexp = ID) String id, @ParameterObject Pageable page, Caller caller) {
        return PageView.of(service.get(AssessmentId.of(id), caller).revisions().stream().map(RevisionView::of).toList(), page);
    }

    @GetMapping("/{id}/history")
    PageView<HistoryEntry<AssessmentStatus>> history(@PathVariable @Pattern(regexp = ID) String id,
                                                     @ParameterObject Pageable page, Caller caller) {
        return PageView.of(service.get(AssessmentId.of(id), caller).history(), page);
    }

    @Operation(summary = "Confirm a draft (street office)")
    @PostMapping("/{id}/confirmation")
    ResponseEntity<AssessmentView> confirm(@PathVariable @Pattern(regexp = ID) String id,
                                           @RequestHeader(value = "If-Match", required = false) String ifMatch, Caller caller) {
        return ok(service.confirm(AssessmentId.of(id), ETags.ifMatch(ifMatch), caller));
    }

    @Operation(summary = "Publish a confirmed assessment", description = "Announced as assessments.assessment.published "
            + "with the grade's reward share (R-SUB-2).")
    @PostMapping("/{id}/publication")
    ResponseEntity<AssessmentView> publish(@PathVariable @Pattern(regexp = ID) String id,
                                           @RequestHeader(value = "If-Match", required = false) String ifMatch, Caller caller) {
        return ok(service.publish(AssessmentId.of(id), ETags.ifMatch(ifMatch), caller));
    }

    private static ResponseEntity<AssessmentView> ok(Assessment assessment) {
        return ResponseEntity.ok().eTag(ETags.of(assessment.revision())).body(AssessmentView.of(assessment));
    }

    private static AssessmentPeriod period(String text) {
        try {
            return AssessmentPeriod.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("period", e.getMessage());
        }
    }

    record Computation(@NotNull EstateId estateId,
                       @NotNull @Pattern(regexp = PERIOD) String period) {
    }

    /** The assessments computed now, and the spells left as they were with why. */
    record ComputationView(EstateId estateId, String period, List<AssessmentView> assessments,
                           List<AssessmentService.Skipped> skipped) {
    }
}
