package org.estatecare.assessments.rectification.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.estatecare.assessments.inspection.InspectionFinding;
import org.estatecare.assessments.rectification.Escalation;
import org.estatecare.assessments.rectification.RectificationCause;
import org.estatecare.assessments.rectification.RectificationFilter;
import org.estatecare.assessments.rectification.RectificationId;
import org.estatecare.assessments.rectification.RectificationOrder;
import org.estatecare.assessments.rectification.RectificationService;
import org.estatecare.assessments.rectification.RectificationStatus;
import org.estatecare.assessments.scheme.SchemeId;
import org.estatecare.events.ids.CompanyId;
import org.estatecare.events.ids.EstateId;
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
 * Rectification orders (整改, R-ASM-3), opened by the service for what inspections find and for failing grades: the
 * company answers what it did, the inspector verifies. 409 when the order's status does not allow the step; 412 when
 * {@code If-Match} is stale; outside the caller's scope an order is not found.
 */
@Tag(name = "rectifications", description = "Rectification orders: answers, verification and escalation")
@RestController
@RequestMapping("/api/rectifications")
class RectificationController {

    static final String ID = "^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$";
    /** An id or URL of a photo kept elsewhere: no blanks, no control characters. */
    static final String PHOTO_REFERENCE = "[^\\s\\p{Cc}]+";
    private static final SortAllowList SORTABLE = SortAllowList.of(Map.of("dueOn", "dueOn", "openedAt", "openedAt",
            "status", "status", "street", "street")).byDefault(Sort.Direction.ASC, "dueOn");

    private final RectificationService service;

    RectificationController(RectificationService service) {
        this.service = service;
    }

    @Operation(summary = "List rectification orders", description = "Filters: estate, street, company, status, escalation, "
            + "cause and source (the inspection, re-inspection or assessment); soonest due first unless sort= names "
            + "dueOn, openedAt, status or street.")
    @GetMapping
    PageView<RectificationView> list(@RequestParam(required = false) EstateId estateId,
                                     @RequestParam(required = false) @Pattern(regexp = SchemeId.STREET_CODE) String street,
                                     @RequestParam(required = false) CompanyId companyId,
                                     @RequestParam(required = false) RectificationStatus status,
                                     @RequestParam(required = false) Escalation escalation,
                                     @RequestParam(required = false) RectificationCause cause,
                                     @RequestParam(required = false) @Pattern(regexp = ID) String source,
                                     @ParameterObject Pageable page, Caller caller) {
        RectificationFilter filter = new RectificationFilter(estateId, street, companyId, status, escalation, cause, source);
        var today = service.today();
        return PageView.of(service.list(filter, SORTABLE.apply(page), caller), order -> RectificationView.of(order, today));
    }

    @GetMapping("/{id}")
    ResponseEntity<RectificationView> get(@PathVariable @Pattern(regexp = ID) String id, Caller caller) {
        return ok(service.get(RectificationId.of(id), caller));
    }

    @GetMapping("/{id}/history")
    PageView<HistoryEntry<RectificationStatus>> history(@PathVariable @Pattern(regexp = ID) String id,
                                                        @ParameterObject Pageable page, Caller caller) {
        return PageView.of(service.get(RectificationId.of(id), caller).history(), page);
    }

    @Operation(summary = "Answer an order (the company it is addressed to)",
            description = "What was done, with references to photos of the result; the street office answers where no "
                    + "company serves. 409 unless the order waits for an answer. If-Match optional.")
    @PostMapping("/{id}/answers")
    ResponseEntity<RectificationView> answer(@PathVariable @Pattern(regexp = ID) String id, @Valid @RequestBody Answer body,
                                             @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                             Caller caller) {
        return ok(service.answer(RectificationId.of(id), body.text(), body.photos(), ETags.ifMatch(ifMatch), caller));
    }

    @Operation(summary = "Verify the answer (the inspector)",
            description = "By the recorder of the level that found the problem, or the street office for a failing grade. "
                    + "Accepted closes the order (assessments.rectification.closed); not accepted needs a reason and "
                    + "opens it again. 409 unless answered. If-Match optional.")
    @PostMapping("/{id}/verification")
    ResponseEntity<RectificationView> verify(@PathVariable @Pattern(regexp = ID) String id,
                                             @Valid @RequestBody Verification body,
                                             @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                             Caller caller) {
        return ok(service.verify(RectificationId.of(id), body.accepted(), body.reason(), ETags.ifMatch(ifMatch), caller));
    }

    private ResponseEntity<RectificationView> ok(RectificationOrder order) {
        return RectificationView.ok(order, service.today());
    }

    record Answer(@NotBlank @Size(max = 2000) String text,
                  @Size(max = InspectionFinding.MAX_PHOTOS)
                  List<@NotNull @Size(max = 500) @Pattern(regexp = PHOTO_REFERENCE) String> photos) {
    }

    record Verification(@NotNull Boolean accepted, @Size(max = 2000) String reason) {
    }
}
