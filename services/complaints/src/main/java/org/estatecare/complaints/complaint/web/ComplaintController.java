package org.estatecare.complaints.complaint.web;

import java.net.URI;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.estatecare.complaints.complaint.Channel;
import org.estatecare.complaints.complaint.Complainant;
import org.estatecare.complaints.complaint.ComplaintAccess;
import org.estatecare.complaints.complaint.Complaint;
import org.estatecare.complaints.complaint.ComplaintService;
import org.estatecare.complaints.complaint.ComplaintStatus;
import org.estatecare.complaints.complaint.Place;
import org.estatecare.complaints.complaint.ReporterKind;
import org.estatecare.complaints.routing.Category;
import org.estatecare.complaints.routing.HandlerKind;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.web.ETags;
import org.estatecare.kit.web.PageView;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
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

@Tag(name = "complaints", description = "Complaints, petitions and violation reports")
@RestController
@RequestMapping("/api/complaints")
class ComplaintController {

    private final ComplaintService service;
    private final ComplaintAccess access;
    private final Clock clock;

    ComplaintController(ComplaintService service, ComplaintAccess access, Clock clock) {
        this.service = service;
        this.access = access;
        this.clock = clock;
    }

    @Operation(summary = "File a complaint", description = "Routed at once; a repeat of an open complaint is linked to it (status DUPLICATE).")
    @PostMapping
    ResponseEntity<ComplaintView> file(@Valid @RequestBody FileRequest body, Caller caller) {
        Complaint complaint = service.file(body.toFiling(), caller);
        return ResponseEntity.created(URI.create("/api/complaints/" + complaint.id())).eTag(ETags.of(complaint.revision()))
                .body(ComplaintView.of(complaint, access.seesPersonalData(caller, complaint), clock.instant()));
    }

    @GetMapping("/{id}")
    ResponseEntity<ComplaintView> get(@PathVariable String id, Caller caller) {
        return ok(service.get(id, caller), caller);
    }

    @Operation(summary = "List complaints in the caller's scope",
            description = "Filters: street, community, estate, category, status, handler (kind or kind:who), overdue. "
                    + "Pages with page/size; sorts with sort=field,asc|desc over " + SORTABLE_TEXT + " (default filedAt,desc).")
    @GetMapping
    PageView<ComplaintView> list(@RequestParam(required = false) @Size(max = 64) String street,
                                 @RequestParam(required = false) @Size(max = 64) String community,
                                 @RequestParam(required = false) @Size(max = 64) String estate,
                                 @RequestParam(required = false) Category category,
                                 @RequestParam(required = false) ComplaintStatus status,
                                 @RequestParam(required = false) @Size(max = 100) String handler,
                                 @RequestParam(defaultValue = "false") boolean overdue,
                                 @RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
                                 @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size,
                                 @RequestParam(defaultValue = "filedAt,desc") List<String> sort, Caller caller) {
        var now = clock.instant();
        Criteria filter = new Criteria();
        if (street != null) {
            filter.and("estate.street").is(street);
        }
        if (community != null) {
            filter.and("estate.community").is(community);
        }
        if (estate != null) {
            filter.and("estate.estateId").is(estate);
        }
        if (category != null) {
            filter.and("category").is(category);
        }
        if (status != null) {
            filter.and("status").is(status);
        }
        if (handler != null) {
            filter.and("assignment.step.kind").is(handlerKind(handler.split(":")[0]));
        }
        if (overdue) {
            filter.and("status").in(ComplaintStatus.ASSIGNED, ComplaintStatus.IN_PROGRESS)
                    .and("assignment.resolveDueAt").lte(Date.from(now));
        }
        var personalData = access.personalDataVisibleTo(caller);
        return PageView.of(service.list(filter, PageRequest.of(page, size, sortOf(sort)), caller),
                c -> ComplaintView.of(c, personalData.test(c), now));
    }

    /** The fields a list sorts by, and where each is stored. */
    private static final Map<String, String> SORTABLE = Map.of("filedAt", "filedAt", "resolveDueAt", "assignment.resolveDueAt",
            "status", "status", "category", "category", "resolvedAt", "resolvedAt");
    private static final String SORTABLE_TEXT = "filedAt, resolveDueAt, status, category, resolvedAt";

    /** {@code sort=filedAt,desc} (or {@code sort=filedAt&sort=desc}); only listed fields, else 400. */
    private static Sort sortOf(List<String> sort) {
        String field = sort.isEmpty() ? "filedAt" : sort.get(0).strip();
        String direction = sort.size() > 1 ? sort.get(1).strip() : "asc";
        if (sort.size() == 1 && field.contains(",")) {
            String[] parts = field.split(",", -1);
            field = parts[0].strip();
            direction = parts.length > 1 ? parts[1].strip() : "asc";
        }
        if (!SORTABLE.containsKey(field) || !(direction.equalsIgnoreCase("asc") || direction.equalsIgnoreCase("desc"))) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "sort by one of " + SORTABLE_TEXT + ", asc or desc");
        }
        Sort.Direction order = direction.equalsIgnoreCase("desc") ? Sort.Direction.DESC : Sort.Direction.ASC;
        // the id breaks ties, so pages never overlap or skip
        return Sort.by(order, SORTABLE.get(field)).and(Sort.by(Sort.Direction.ASC, "_id"));
    }

    private static HandlerKind handlerKind(String code) {
        try {
            return HandlerKind.valueOf(code);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "handler is one of " + List.of(HandlerKind.values()));
        }
    }

    @GetMapping("/{id}/history")
    List<Complaint.HistoryLine> history(@PathVariable String id, Caller caller) {
        return service.get(id, caller).history();
    }

    @Operation(summary = "The current handler takes it on")
    @PostMapping("/{id}/acknowledgement")
    ResponseEntity<ComplaintView> acknowledge(@PathVariable String id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                              Caller caller) {
        return ok(service.acknowledge(id, ETags.ifMatch(ifMatch), caller), caller);
    }

    @Operation(summary = "Dissuasion failed: hand it to the next handler (R-CMP-3)")
    @PostMapping("/{id}/escalation")
    ResponseEntity<ComplaintView> escalate(@PathVariable String id, @Valid @RequestBody Reason body,
                                           @RequestHeader(value = "If-Match", required = false) String ifMatch, Caller caller) {
        return ok(service.escalate(id, body.reason(), ETags.ifMatch(ifMatch), caller), caller);
    }

    @PostMapping("/{id}/resolution")
    ResponseEntity<ComplaintView> resolve(@PathVariable String id, @Valid @RequestBody Reason body,
                                          @RequestHeader(value = "If-Match", required = false) String ifMatch, Caller caller) {
        return ok(service.resolve(id, body.reason(), ETags.ifMatch(ifMatch), caller), caller);
    }

    @Operation(summary = "The complainant's satisfaction (1–5) closes it")
    @PostMapping("/{id}/closure")
    ResponseEntity<ComplaintView> close(@PathVariable String id, @Valid @RequestBody Closure body,
                                        @RequestHeader(value = "If-Match", required = false) String ifMatch, Caller caller) {
        return ok(service.close(id, body.satisfaction(), body.comment(), ETags.ifMatch(ifMatch), caller), caller);
    }

    @PostMapping("/{id}/reopening")
    ResponseEntity<ComplaintView> reopen(@PathVariable String id, @Valid @RequestBody Reason body,
                                         @RequestHeader(value = "If-Match", required = false) String ifMatch, Caller caller) {
        return ok(service.reopen(id, body.reason(), ETags.ifMatch(ifMatch), caller), caller);
    }

    private ResponseEntity<ComplaintView> ok(Complaint complaint, Caller caller) {
        return ResponseEntity.ok().eTag(ETags.of(complaint.revision())).body(ComplaintView.of(complaint, access.seesPersonalData(caller, complaint), clock.instant()));
    }

    /**
     * {@code reporterKind} and {@code channel} may be left out: they follow the caller's role (a resident files
     * online as a resident; a company files its patrol's findings); naming another capacity is refused (422).
     */
    record FileRequest(@NotBlank @Size(max = 64) @Pattern(regexp = ID) String estateId, @NotNull Category category,
                       @Schema(description = "optional: follows the caller's role (a resident: ONLINE); another channel "
                               + "than the role allows is refused with 422") Channel channel,
                       @Schema(description = "optional: follows the caller's role (a resident: RESIDENT, a company: "
                               + "SERVICE_COMPANY); another kind than the role allows is refused with 422") ReporterKind reporterKind,
                       @Size(max = 50) String complainantName,
                       @Size(max = 20) String complainantPhone, @Size(max = 50) String building,
                       @Size(max = 200) String place, @DecimalMin("-90") @DecimalMax("90") Double latitude,
                       @DecimalMin("-180") @DecimalMax("180") Double longitude,
                       @NotBlank @Size(max = 4000) String description,
                       @Size(max = 10) List<@NotBlank @Size(max = 500) @Pattern(regexp = "\\S+") String> photos) {

        ComplaintService.Filing toFiling() {
            return new ComplaintService.Filing(estateId, category, channel, reporterKind,
                    new Complainant(complainantName, complainantPhone), new Place(building, place, latitude, longitude),
                    description, photos == null ? List.of() : photos);
        }
    }

    /** Identifiers: letters, digits and {@code . _ : -}, no spaces or control characters. */
    static final String ID = "[A-Za-z0-9][A-Za-z0-9._:-]*";

    record Reason(@NotBlank @Size(max = 2000) String reason) {
    }

    /** The range of {@code satisfaction} (1–5) is the complaint's rule: out of it is refused with 422. */
    record Closure(@NotNull @Schema(minimum = "1", maximum = "5", description = "1 (very dissatisfied) to 5; outside is refused with 422")
                   Integer satisfaction, @Size(max = 2000) String comment) {
    }
}
