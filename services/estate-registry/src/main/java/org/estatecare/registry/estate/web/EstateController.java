package org.estatecare.registry.estate.web;

import java.net.URI;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.web.ETags;
import org.estatecare.kit.web.PageView;
import org.estatecare.registry.estate.Decision;
import org.estatecare.registry.estate.Estate;
import org.estatecare.registry.estate.EstateFilter;
import org.estatecare.registry.estate.EstateService;
import org.estatecare.registry.estate.EstateStatus;
import org.estatecare.registry.estate.HistoryEntry;
import org.estatecare.registry.estate.ManagementMode;
import org.estatecare.registry.estate.web.EstateRequests.EstateBody;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.server.ResponseStatusException;

@Tag(name = "estates", description = "Estates in the registry: facts, lists and history")
@RestController
@RequestMapping("/api/estates")
class EstateController {

    private static final Set<String> SORTABLE = Set.of("name", "street", "community", "status", "households",
            "floorArea", "registeredAt");

    private final EstateService service;

    EstateController(EstateService service) {
        this.service = service;
    }

    @Operation(summary = "Register a renovated estate", description = "Street officers register estates of their own street.")
    @PostMapping
    ResponseEntity<EstateView> register(@Valid @RequestBody EstateBody body, Caller caller) {
        Estate estate = service.register(body.toDetails(), new Decision(caller.username(), body.documents(), body.note()), caller);
        return ResponseEntity.created(URI.create("/api/estates/" + estate.id()))
                .eTag(ETags.of(estate.revision())).body(EstateView.of(estate));
    }

    @Operation(summary = "Read one estate", description = "Estates outside the caller's scope answer 404.")
    @GetMapping("/{id}")
    ResponseEntity<EstateView> get(@PathVariable String id, Caller caller) {
        return EstateView.ok(service.get(id, caller));
    }

    @Operation(summary = "Replace an estate's facts", description = "Needs If-Match with the current ETag.")
    @PutMapping("/{id}")
    ResponseEntity<EstateView> replace(@PathVariable String id, @Valid @RequestBody EstateBody body,
                                       @RequestHeader(value = "If-Match", required = false) String ifMatch, Caller caller) {
        return EstateView.ok(service.changeDetails(id, body.toDetails(), new Decision(caller.username(), body.documents(), body.note()),
                ETags.ifMatchRequired(ifMatch), caller));
    }

    @Operation(summary = "List estates", description = "Filters by street, community, status, mode and part of the name, "
            + "status and mode as in force today; pages with page/size, sorts with sort=field,asc|desc.")
    @GetMapping
    PageView<EstateView> list(@RequestParam(required = false) @Size(max = 40) String street,
                              @RequestParam(required = false) @Size(max = 60) String community,
                              @RequestParam(required = false) EstateStatus status,
                              @RequestParam(required = false) ManagementMode mode,
                              @RequestParam(required = false) @Size(max = 100) String name,
                              @RequestParam(defaultValue = "0") @Min(0) int page,
                              @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size,
                              @RequestParam(defaultValue = "name,asc") List<String> sort,
                              Caller caller) {
        var filter = new EstateFilter(street, community, status, mode, name);
        return PageView.of(service.search(filter, PageRequest.of(page, size, sortOf(sort)), caller), EstateView::of);
    }

    @Operation(summary = "An estate's append-only history of decisions")
    @GetMapping("/{id}/history")
    List<HistoryEntry> history(@PathVariable String id, Caller caller) {
        return service.get(id, caller).history();
    }

    /** {@code sort=name,asc} or {@code sort=households,desc}; only listed fields, else 400. */
    private static Sort sortOf(List<String> sort) {
        String field = sort.get(0).strip();
        boolean descending = sort.size() > 1 && sort.get(1).strip().equalsIgnoreCase("desc");
        if (sort.size() == 1 && field.contains(",")) {
            String[] parts = field.split(",");
            field = parts[0].strip();
            descending = parts.length > 1 && parts[1].strip().equalsIgnoreCase("desc");
        }
        if (!SORTABLE.contains(field)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "cannot sort by '" + field + "'; use one of " + SORTABLE);
        }
        String path = switch (field) {
            case "status", "registeredAt" -> field;
            case "floorArea" -> "details.floorArea.squareMetres";
            default -> "details." + field;
        };
        return Sort.by(descending ? Sort.Direction.DESC : Sort.Direction.ASC, path);
    }
}
