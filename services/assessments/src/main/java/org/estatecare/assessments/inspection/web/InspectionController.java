package org.estatecare.assessments.inspection.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.estatecare.assessments.inspection.Inspection;
import org.estatecare.assessments.inspection.InspectionFilter;
import org.estatecare.assessments.inspection.InspectionId;
import org.estatecare.assessments.inspection.InspectionService;
import org.estatecare.assessments.inspection.InspectionStatus;
import org.estatecare.assessments.inspection.web.InspectionRequests.Correction;
import org.estatecare.assessments.inspection.web.InspectionRequests.Recording;
import org.estatecare.assessments.scoring.InspectionLevel;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.domain.HistoryEntry;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.web.ETags;
import org.estatecare.kit.web.PageView;
import org.estatecare.kit.web.SortAllowList;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Inspections (R-ASM-2, R-ASM-3). Recorded by each level's own recorder (403 otherwise); 422 naming every
 * reason an inspection cannot be taken (estate not announced or outside the scheme that day, a day after
 * today or before 2020, nothing checked); 412 when {@code If-Match} is stale. Outside the caller's scope
 * an inspection is not found.
 */
@Tag(name = "inspections", description = "The committee's daily checks, the street's monthly assessment, district and municipal spot checks")
@RestController
@RequestMapping("/api/inspections")
class InspectionController {

    static final SortAllowList SORTABLE = SortAllowList.of(Map.of("inspectedOn", "inspectedOn", "level", "level"))
            .byDefault(Sort.Direction.DESC, "inspectedOn");
    private static final String TERRITORY_CODE = "[a-z0-9-]{2,60}";

    private final InspectionService service;

    InspectionController(InspectionService service) {
        this.service = service;
    }

    @Operation(summary = "Record an inspection",
            description = "COMMITTEE_DAILY by a community officer of the estate's community, STREET_MONTHLY by a street "
                    + "officer of its street, DISTRICT_SPOT by the district admin, MUNICIPAL_SPOT by a municipal inspector. "
                    + "Street, community and the company serving the estate that day are fixed as they are now. "
                    + "Send an Idempotency-Key.")
    @PostMapping
    ResponseEntity<InspectionView> record(@Valid @RequestBody Recording body, Caller caller) {
        Inspection inspection = service.record(body.estateId(), body.level(), body.report(), caller);
        return ResponseEntity.created(URI.create("/api/inspections/" + inspection.id()))
                .eTag(ETags.of(inspection.revision())).body(InspectionView.of(inspection));
    }

    @Operation(summary = "Read one inspection", description = "Inspections outside the caller's scope answer 404.")
    @GetMapping("/{id}")
    ResponseEntity<InspectionView> get(@PathVariable InspectionId id, Caller caller) {
        return InspectionView.ok(service.get(id, caller));
    }

    @Operation(summary = "List inspections", description = "Filters by estate, street, community, level and the days "
            + "inspected (from, to: inclusive); sorts by " + "inspectedOn or level (default inspectedOn,desc).")
    @GetMapping
    PageView<InspectionView> list(@RequestParam(required = false) EstateId estateId,
                                  @RequestParam(required = false) @Pattern(regexp = TERRITORY_CODE) String street,
                                  @RequestParam(required = false) @Pattern(regexp = TERRITORY_CODE) String community,
                                  @RequestParam(required = false) InspectionLevel level,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                  @ParameterObject Pageable page, Caller caller) {
        InspectionFilter filter = new InspectionFilter(estateId, street, community, level, from, to);
        return PageView.of(service.search(filter, SORTABLE.apply(page), caller), InspectionView::of);
    }

    @Operation(summary = "Correct an inspection", description = "Restates the whole report, with the reason; by the role "
            + "and scope that record its level. Findings restated with their id keep it. Needs If-Match.")
    @PutMapping("/{id}")
    ResponseEntity<InspectionView> correct(@PathVariable InspectionId id, @Valid @RequestBody Correction body,
                                           @RequestHeader(value = "If-Match", required = false) String ifMatch, Caller caller) {
        return InspectionView.ok(service.correct(id, body.report(), body.reason().strip(), ETags.ifMatchRequired(ifMatch), caller));
    }

    @Operation(summary = "An inspection's history", description = "Recorded, then each correction with its reason; "
            + "oldest first; pages with page/size, no sort.")
    @GetMapping("/{id}/history")
    PageView<HistoryEntry<InspectionStatus>> history(@PathVariable InspectionId id, @ParameterObject Pageable page,
                                                     Caller caller) {
        return PageView.of(service.get(id, caller).history(), page);
    }
}
