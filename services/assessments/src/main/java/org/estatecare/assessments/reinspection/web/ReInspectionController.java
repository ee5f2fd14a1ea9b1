package org.estatecare.assessments.reinspection.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.estatecare.assessments.assessment.AssessmentId;
import org.estatecare.assessments.inspection.web.InspectionRequests;
import org.estatecare.assessments.inspection.web.InspectionRequests.ChecklistBody;
import org.estatecare.assessments.inspection.web.InspectionRequests.FindingBody;
import org.estatecare.assessments.reinspection.ReInspection;
import org.estatecare.assessments.reinspection.ReInspectionId;
import org.estatecare.assessments.reinspection.ReInspectionService;
import org.estatecare.assessments.reinspection.ReInspectionStatus;
import org.estatecare.assessments.scheme.SchemeId;
import org.estatecare.kit.domain.HistoryEntry;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.web.ETags;
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
 * Re-inspections (复验, R-ASM-3): the street office asks for one of a published assessment graded 合格 or 不合格, the
 * district or the city records the result, and the assessment's grade is revised by it. 409 for a second open request
 * of the same assessment or a result recorded twice; 422 naming why a request or result is refused.
 */
@Tag(name = "re-inspections", description = "Re-inspections that revise a published grade")
@RestController
@RequestMapping("/api/re-inspections")
class ReInspectionController {

    static final String ID = "^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$";
    private static final SortAllowList SORTABLE = SortAllowList.of(Map.of("requestedAt", "requestedAt", "status", "status",
            "street", "street")).byDefault(Sort.Direction.DESC, "requestedAt");

    private final ReInspectionService service;

    ReInspectionController(ReInspectionService service) {
        this.service = service;
    }

    @Operation(summary = "Request a re-inspection (street office)", description = "Of a published assessment graded 合格 or "
            + "不合格, with the reason. One open request per assessment. Send an Idempotency-Key.")
    @PostMapping
    ResponseEntity<ReInspectionView> request(@Valid @RequestBody Request body, Caller caller) {
        ReInspection requested = service.request(AssessmentId.of(body.assessmentId()), body.reason(), caller);
        return ResponseEntity.created(URI.create("/api/re-inspections/" + requested.id())).eTag(ETags.of(requested.revision()))
                .body(ReInspectionView.of(requested));
    }

    @Operation(summary = "List re-inspections", description = "Filters: assessment, street, status; newest request first.")
    @GetMapping
    PageView<ReInspectionView> list(@RequestParam(required = false) @Pattern(regexp = ID) String assessmentId,
                                    @RequestParam(required = false) @Pattern(regexp = SchemeId.STREET_CODE) String street,
                                    @RequestParam(required = false) ReInspectionStatus status,
                                    @ParameterObject Pageable page, Caller caller) {
        return PageView.of(service.list(assessmentId == null ? null : AssessmentId.of(assessmentId), street, status,
                SORTABLE.apply(page), caller), ReInspectionView::of);
    }

    @GetMapping("/{id}")
    ResponseEntity<ReInspectionView> get(@PathVariable @Pattern(regexp = ID) String id, Caller caller) {
        return ReInspectionView.ok(service.get(ReInspectionId.of(id), caller));
    }

    @GetMapping("/{id}/history")
    PageView<HistoryEntry<ReInspectionStatus>> history(@PathVariable @Pattern(regexp = ID) String id,
                                                       @ParameterObject Pageable page, Caller caller) {
        return PageView.of(service.get(ReInspectionId.of(id), caller).history(), page);
    }

    @Operation(summary = "Record the result (district or city)",
            description = "Checklists per basic service and findings, at the caller's level (district-admin: district spot "
                    + "check, municipal-inspector: municipal). The assessment is scored again with them in place of the "
                    + "period's inspections and revised (assessments.assessment.revised); each finding opens a rectification "
                    + "order. Needs If-Match.")
    @PostMapping("/{id}/result")
    ResponseEntity<ReInspectionView> perform(@PathVariable @Pattern(regexp = ID) String id, @Valid @RequestBody Result body,
                                             @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                             Caller caller) {
        return ReInspectionView.ok(service.perform(ReInspectionId.of(id),
                InspectionRequests.report(body.inspectedOn(), body.checklists(), body.findings()),
                ETags.ifMatchRequired(ifMatch), caller));
    }

    record Request(@NotNull @Pattern(regexp = ID) String assessmentId, @NotBlank @Size(max = 2000) String reason) {
    }

    record Result(@NotNull LocalDate inspectedOn,
                  @NotNull @Size(min = 1, max = 4) List<@NotNull @Valid ChecklistBody> checklists,
                  @Size(max = InspectionRequests.MAX_FINDINGS) List<@NotNull @Valid FindingBody> findings) {
    }
}
