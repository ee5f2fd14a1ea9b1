package org.estatecare.registry.estate.web;

import org.estatecare.events.ids.EstateId;
import java.net.URI;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.estatecare.events.codes.ManagementMode;
import org.estatecare.kit.domain.HistoryEntry;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.web.ETags;
import org.estatecare.kit.web.InvalidParameterException;
import org.estatecare.kit.web.PageView;
import org.estatecare.kit.web.SortAllowList;
import org.estatecare.registry.estate.Decision;
import org.estatecare.registry.estate.Estate;
import org.estatecare.registry.estate.EstateFilter;
import org.estatecare.registry.estate.EstateService;
import org.estatecare.registry.estate.EstateStatus;
import org.estatecare.registry.estate.web.EstateRequests.EstateBody;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
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

@Tag(name = "estates", description = "Estates in the registry: facts, lists and history")
@RestController
@RequestMapping("/api/estates")
class EstateController {

    /** What a list sorts by, and where each is stored. */
    static final SortAllowList SORTABLE = SortAllowList.of(Map.of("name", "details.name", "street", "details.street",
            "community", "details.community", "status", "status", "households", "details.households",
            "floorArea", "details.floorArea.squareMetres", "registeredAt", "registeredAt"))
            .byDefault(Sort.Direction.ASC, "name");

    private final EstateService service;

    EstateController(EstateService service) {
        this.service = service;
    }

    @Operation(summary = "Register a renovated estate", description = "Street officers register estates of their own street.")
    @PostMapping
    ResponseEntity<EstateView> register(@Valid @RequestBody EstateBody body, Caller caller) {
        if (body.effectiveFrom() != null) {
            // the registration's figures hold from the start; a day is what a later replacement dates its figures by
            throw new InvalidParameterException("effectiveFrom", "dates a replacement of the facts; a registration has none");
        }
        Estate estate = service.register(body.toDetails(), new Decision(caller.username(), body.documents(), body.note()), caller);
        return ResponseEntity.created(URI.create("/api/estates/" + estate.id()))
                .eTag(ETags.of(estate.revision())).body(EstateView.of(estate));
    }

    @Operation(summary = "Read one estate", description = "Estates outside the caller's scope answer 404.")
    @GetMapping("/{id}")
    ResponseEntity<EstateView> get(@PathVariable EstateId id, Caller caller) {
        return EstateView.ok(service.get(id, caller));
    }

    @Operation(summary = "Replace an estate's facts", description = "Needs If-Match with the current ETag. effectiveFrom: "
            + "the first day the households and floor area hold (today when absent; a correction may date back, never ahead).")
    @PutMapping("/{id}")
    ResponseEntity<EstateView> replace(@PathVariable EstateId id, @Valid @RequestBody EstateBody body,
                                       @RequestHeader(value = "If-Match", required = false) String ifMatch, Caller caller) {
        return EstateView.ok(service.changeDetails(id, body.toDetails(), body.effectiveFrom(), new Decision(caller.username(), body.documents(), body.note()),
                ETags.ifMatchRequired(ifMatch), caller));
    }

    @Operation(summary = "List estates", description = "Filters by street, community, status, mode and part of the name, "
            + "status and mode as in force today; pages with page/size (at most 200), sorts with sort=property,asc|desc "
            + "by community, floorArea, households, name, registeredAt, status or street (default name,asc).")
    @GetMapping
    PageView<EstateView> list(@RequestParam(required = false) @Size(max = 40) String street,
                              @RequestParam(required = false) @Size(max = 60) String community,
                              @RequestParam(required = false) EstateStatus status,
                              @RequestParam(required = false) ManagementMode mode,
                              @RequestParam(required = false) @Size(max = 100) String name,
                              @ParameterObject Pageable page, Caller caller) {
        var filter = new EstateFilter(street, community, status, mode, name);
        return PageView.of(service.search(filter, SORTABLE.apply(page), caller), EstateView::of);
    }

    @Operation(summary = "An estate's append-only history of decisions",
            description = "Oldest first, in the order recorded; pages with page/size, no sort.")
    @GetMapping("/{id}/history")
    PageView<HistoryEntry<EstateStatus>> history(@PathVariable EstateId id, @ParameterObject Pageable page, Caller caller) {
        return PageView.of(service.get(id, caller).history(), page);
    }
}
