package org.estatecare.complaints.complaint.web;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.estatecare.complaints.complaint.Channel;
import org.estatecare.complaints.complaint.Complainant;
import org.estatecare.complaints.complaint.Complaint;
import org.estatecare.complaints.complaint.ComplaintAccess;
import org.estatecare.complaints.complaint.ComplaintFilter;
import org.estatecare.complaints.complaint.ComplaintService;
import org.estatecare.complaints.complaint.ComplaintStatus;
import org.estatecare.complaints.complaint.Place;
import org.estatecare.complaints.complaint.ReporterKind;
import org.estatecare.complaints.routing.Category;
import org.estatecare.complaints.routing.HandlerKind;
import org.estatecare.events.codes.Facility;
import org.estatecare.events.ids.ComplaintId;
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
    ResponseEntity<ComplaintView> get(@PathVariable ComplaintId id, Caller caller) {
        return ok(service.get(id, caller), caller);
    }

    /** What a list sorts by, and where each is stored; newest filed first unless asked otherwise. */
    static final SortAllowList SORTABLE = SortAllowList.of(Map.of("filedAt", "filedAt", "resolveDueAt", "assignment.resolveDueAt",
            "status", "status", "category", "category", "resolvedAt", "resolvedAt")).byDefault(Sort.Direction.DESC, "filedAt");

    @Operation(summary = "List complaints in the caller's scope",
            description = "Filters: street, community, estate, category, status, handler (kind or kind:who), overdue. "
                    + "Pages with page/size; sorts with sort=property,asc|desc over filedAt, resolveDueAt, status, category, "
                    + "resolvedAt (default filedAt,desc).")
    @GetMapping
    PageView<ComplaintView> list(@RequestParam(required = false) @Size(max = 64) String street,
                                 @RequestParam(required = false) @Size(max = 64) String community,
                                 @RequestParam(required = false) EstateId estate,
                                 @RequestParam(required = false) Category category,
                                 @RequestParam(required = false) ComplaintStatus status,
                                 @RequestParam(required = false) @Size(max = 100) String handler,
                                 @RequestParam(defaultValue = "false") boolean overdue,
                                 @ParameterObject Pageable page, Caller caller) {
        var filter = new ComplaintFilter(street, community, estate, category, status == null ? Set.of() : Set.of(status),
                handler == null ? null : handlerKind(handler), overdue, Set.of());
        var now = clock.instant();
        var personalData = access.personalDataVisibleTo(caller);
        return PageView.of(service.list(filter, SORTABLE.apply(page), caller), c -> ComplaintView.of(c, personalData.test(c), now));
    }

    /** {@code STREET_OFFICE} or {@code STREET_OFFICE:chunhua}: the kind decides. */
    private static HandlerKind handlerKind(String handler) {
        try {
            return HandlerKind.valueOf(handler.split(":", 2)[0]);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("handler", "is one of " + List.of(HandlerKind.values()) + ", optionally :who");
        }
    }

    @Operation(summary = "A complaint's append-only history", description = "Oldest first, in the order recorded; "
            + "pages with page/size, no sort.")
    @GetMapping("/{id}/history")
    PageView<HistoryEntry<ComplaintStatus>> history(@PathVariable ComplaintId id, @ParameterObject Pageable page, Caller caller) {
        return PageView.of(service.get(id, caller).history(), page);
    }

    @Operation(summary = "The current handler takes it on")
    @PostMapping("/{id}/acknowledgement")
    ResponseEntity<ComplaintView> acknowledge(@PathVariable ComplaintId id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                              Caller caller) {
        return ok(service.acknowledge(id, ETags.ifMatch(ifMatch), caller), caller);
    }

    @Operation(summary = "Dissuasion failed: hand it to the next handler (R-CMP-3)")
    @PostMapping("/{id}/escalation")
    ResponseEntity<ComplaintView> escalate(@PathVariable ComplaintId id, @Valid @RequestBody Reason body,
                                           @RequestHeader(value = "If-Match", required = false) String ifMatch, Caller caller) {
        return ok(service.escalate(id, body.reason(), ETags.ifMatch(ifMatch), caller), caller);
    }

    @PostMapping("/{id}/resolution")
    ResponseEntity<ComplaintView> resolve(@PathVariable ComplaintId id, @Valid @RequestBody Reason body,
                                          @RequestHeader(value = "If-Match", required = false) String ifMatch, Caller caller) {
        return ok(service.resolve(id, body.reason(), ETags.ifMatch(ifMatch), caller), caller);
    }

    @Operation(summary = "The complainant's satisfaction (1–5) closes it")
    @PostMapping("/{id}/closure")
    ResponseEntity<ComplaintView> close(@PathVariable ComplaintId id, @Valid @RequestBody Closure body,
                                        @RequestHeader(value = "If-Match", required = false) String ifMatch, Caller caller) {
        return ok(service.close(id, body.satisfaction(), body.comment(), ETags.ifMatch(ifMatch), caller), caller);
    }

    @PostMapping("/{id}/reopening")
    ResponseEntity<ComplaintView> reopen(@PathVariable ComplaintId id, @Valid @RequestBody Reason body,
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
    record FileRequest(@NotNull EstateId estateId, @NotNull Category category,
                       @Schema(description = "optional: follows the caller's role (a resident: ONLINE); another channel "
                               + "than the role allows is refused with 422") Channel channel,
                       @Schema(description = "optional: follows the caller's role (a resident: RESIDENT, a company: "
                               + "SERVICE_COMPANY); another kind than the role allows is refused with 422") ReporterKind reporterKind,
                       @Size(max = 50) String complainantName,
                       @Size(max = 20) String complainantPhone, @Size(max = 50) String building,
                       @Size(max = 200) String place, @DecimalMin("-90") @DecimalMax("90") Double latitude,
                       @DecimalMin("-180") @DecimalMax("180") Double longitude,
                       @NotBlank @Size(max = 4000) String description,
                       @Size(max = 10) List<@NotBlank @Size(max = 500) @Pattern(regexp = "\\S+") String> photos,
                       @Schema(description = "for a repair (FACILITY_REPAIR): the facility it is about, which decides whether the "
                               + "warranty unit or the named maintenance unit takes it; PATH_REPAIR and STREET_LIGHT name their own; "
                               + "refused with 422 for complaints that are no repair") Facility facility) {

        ComplaintService.Filing toFiling() {
            return new ComplaintService.Filing(estateId, category, channel, reporterKind,
                    new Complainant(complainantName, complainantPhone), new Place(building, place, latitude, longitude),
                    description, photos == null ? List.of() : photos, facility);
        }
    }

    record Reason(@NotBlank @Size(max = 2000) String reason) {
    }

    /** The range of {@code satisfaction} (1–5) is the complaint's rule: out of it is refused with 422. */
    record Closure(@NotNull @Schema(minimum = "1", maximum = "5", description = "1 (very dissatisfied) to 5; outside is refused with 422")
                   Integer satisfaction, @Size(max = 2000) String comment) {
    }
}
