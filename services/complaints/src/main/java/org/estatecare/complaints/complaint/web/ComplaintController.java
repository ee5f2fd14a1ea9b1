package org.estatecare.complaints.complaint.web;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.web.ETags;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

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

    @Operation(summary = "List complaints in the caller's scope", description = "Filters: street, community, estate, category, status, handler (kind or kind:who), overdue.")
    @GetMapping
    List<ComplaintView> list(@RequestParam(required = false) String street, @RequestParam(required = false) String community,
                             @RequestParam(required = false) String estate, @RequestParam(required = false) Category category,
                             @RequestParam(required = false) ComplaintStatus status, @RequestParam(required = false) String handler,
                             @RequestParam(defaultValue = "false") boolean overdue,
                             @RequestParam(defaultValue = "0") @Min(0) int page,
                             @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size, Caller caller) {
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
            filter.and("assignment.step.kind").is(handler.split(":")[0]);
        }
        if (overdue) {
            filter.and("status").in(ComplaintStatus.ASSIGNED, ComplaintStatus.IN_PROGRESS)
                    .and("assignment.resolveBy").lt(Complaint.today(clock.instant()));
        }
        var now = clock.instant();
        var personalData = access.personalDataVisibleTo(caller);
        return service.list(filter, PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "filedAt")), caller)
                .map(c -> ComplaintView.of(c, personalData.test(c), now)).getContent();
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

    record FileRequest(@NotBlank @Size(max = 64) String estateId, @NotNull Category category, @NotNull Channel channel,
                       @NotNull ReporterKind reporterKind, @Size(max = 50) String complainantName,
                       @Size(max = 20) String complainantPhone, @Size(max = 50) String building,
                       @Size(max = 200) String place, @DecimalMin("-90") @DecimalMax("90") Double latitude,
                       @DecimalMin("-180") @DecimalMax("180") Double longitude,
                       @NotBlank @Size(max = 4000) String description,
                       @Size(max = 10) List<@NotBlank @Size(max = 500) String> photos) {

        ComplaintService.Filing toFiling() {
            return new ComplaintService.Filing(estateId, category, channel, reporterKind,
                    new Complainant(complainantName, complainantPhone), new Place(building, place, latitude, longitude),
                    description, photos == null ? List.of() : photos);
        }
    }

    record Reason(@NotBlank @Size(max = 2000) String reason) {
    }

    record Closure(@NotNull @Min(1) @Max(5) Integer satisfaction, @Size(max = 2000) String comment) {
    }
}
