package org.estatecare.registry.exit.web;

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
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.web.ETags;
import org.estatecare.kit.web.PageView;
import org.estatecare.kit.web.SortAllowList;
import org.estatecare.kit.web.WellFormedId;
import org.estatecare.registry.estate.Decision;
import org.estatecare.registry.estate.Estate;
import org.estatecare.registry.estate.ExitApplicant;
import org.estatecare.registry.estate.ExitReason;
import org.estatecare.registry.estate.web.SingleLine;
import org.estatecare.registry.exit.ExitApplicationService;
import org.estatecare.registry.exit.ExitApplicationService.Applied;
import org.estatecare.registry.territory.Street;
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
 * Applications to exit (R-EXIT-1). Each command answers with the application and the estate's revision as
 * ETag: 409 when the estate or the application is not in a state for it, 422 naming each failed condition,
 * 412 when {@code If-Match} is stale.
 */
@Tag(name = "exit applications", description = "Applying to exit, withdrawing, the district's approval or refusal")
@RestController
@RequestMapping("/api/estates")
class ExitApplicationController {

    /** What the list of pending applications sorts by, and where each is stored. */
    static final SortAllowList SORTABLE = SortAllowList.of(Map.of("name", "details.name", "street", "details.street",
            "community", "details.community")).byDefault(Sort.Direction.ASC, "name");

    private final ExitApplicationService service;

    ExitApplicationController(ExitApplicationService service) {
        this.service = service;
    }

    @Operation(summary = "Apply for the estate's exit (R-EXIT-1)",
            description = "By the street office of the estate's street, as itself (STREET_OFFICE) or for the property owner "
                    + "(PROPERTY_OWNER, naming the owner in owner). The reason is one of the three exit reasons; "
                    + "OWNER_SELF_MANAGEMENT is the owner's to ask. documents, the reason's evidence, are required (422). "
                    + "The proposed effective date lies between the inclusion and one year after today. Only an included "
                    + "estate without a decided exit and without another pending application may apply (409). The estate "
                    + "stays in the scheme until the district approves.")
    @PostMapping("/{id}/exit-applications")
    ResponseEntity<ExitApplicationView> apply(@PathVariable EstateId id, @Valid @RequestBody ExitApplicationBody body,
                                              @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                              Caller caller) {
        Applied applied = service.apply(id, body.applicant(), body.owner() == null || body.owner().isBlank() ? null : body.owner().strip(), body.reason(),
                body.proposedEffectiveDate(), new Decision(caller.username(), body.documents(), body.note()),
                ETags.ifMatch(ifMatch), caller);
        return ResponseEntity.created(URI.create("/api/estates/" + id + "/exit-applications/" + applied.application().id().value()))
                .eTag(ETags.of(applied.estate().revision())).body(ExitApplicationView.of(applied.estate(), applied.application()));
    }

    @Operation(summary = "An estate's applications to exit",
            description = "Oldest first; pages with page/size, no sort. Estates outside the caller's scope answer 404.")
    @GetMapping("/{id}/exit-applications")
    PageView<ExitApplicationView> list(@PathVariable EstateId id, @ParameterObject Pageable page, Caller caller) {
        Estate estate = service.estate(id, caller);
        return PageView.of(estate.exitApplications().stream().map(a -> ExitApplicationView.of(estate, a)).toList(), page);
    }

    @Operation(summary = "Read one application to exit")
    @GetMapping("/{id}/exit-applications/{applicationId}")
    ResponseEntity<ExitApplicationView> get(@PathVariable EstateId id,
                                            @PathVariable @Pattern(regexp = WellFormedId.ID) String applicationId,
                                            Caller caller) {
        return ok(service.get(id, applicationId, caller));
    }

    @Operation(summary = "Withdraw a pending application to exit (R-EXIT-1)",
            description = "By the street office that filed it, while it waits for the district (else 409).")
    @PostMapping("/{id}/exit-applications/{applicationId}/withdrawal")
    ResponseEntity<ExitApplicationView> withdraw(@PathVariable EstateId id,
                                                 @PathVariable @Pattern(regexp = WellFormedId.ID) String applicationId,
                                                 @Valid @RequestBody Withdrawal body,
                                                 @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                 Caller caller) {
        return ok(service.withdraw(id, applicationId, new Decision(caller.username(), body.documents(), body.note()),
                ETags.ifMatch(ifMatch), caller));
    }

    @Operation(summary = "Refuse a pending application to exit, with reasons (R-EXIT-1)",
            description = "The district's decision; the estate stays in the scheme. 409 unless the application is pending.")
    @PostMapping("/{id}/exit-applications/{applicationId}/refusal")
    ResponseEntity<ExitApplicationView> refuse(@PathVariable EstateId id,
                                               @PathVariable @Pattern(regexp = WellFormedId.ID) String applicationId,
                                               @Valid @RequestBody Refusal body,
                                               @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                               Caller caller) {
        return ok(service.refuse(id, applicationId, body.reasons().strip(),
                new Decision(caller.username(), body.documents(), body.note()), ETags.ifMatch(ifMatch), caller));
    }

    @Operation(summary = "Approve a pending application: the estate exits (R-EXIT-1, R-EXIT-2)",
            description = "The district's decision. The estate exits for the applied reason from effectiveDate (the proposed "
                    + "day when absent), checked as any exit: between the inclusion and one year after today (422). The exit "
                    + "is recorded and announced (EstateExited) now; a day after today schedules it, and subsidies stop from "
                    + "it. 409 unless the application is pending.")
    @PostMapping("/{id}/exit-applications/{applicationId}/approval")
    ResponseEntity<ExitApplicationView> approve(@PathVariable EstateId id,
                                                @PathVariable @Pattern(regexp = WellFormedId.ID) String applicationId,
                                                @Valid @RequestBody Approval body,
                                                @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                Caller caller) {
        return ok(service.approve(id, applicationId, body.effectiveDate(),
                new Decision(caller.username(), body.documents(), body.note()), ETags.ifMatch(ifMatch), caller));
    }

    @Operation(summary = "Applications to exit waiting for the district",
            description = "One per estate at most, within the caller's scope, of one street when street is given; pages with "
                    + "page/size (at most 200), sorts with sort=property,asc|desc by community, name or street (default name,asc).")
    @GetMapping("/exit-applications/pending")
    PageView<ExitApplicationView> pending(@RequestParam(required = false) @Pattern(regexp = Street.CODE) String street,
                                          @ParameterObject Pageable page, Caller caller) {
        return PageView.of(service.pending(street, SORTABLE.apply(page), caller),
                estate -> ExitApplicationView.of(estate, estate.pendingExitApplication().orElseThrow()));
    }

    private static ResponseEntity<ExitApplicationView> ok(Applied applied) {
        return ResponseEntity.ok().eTag(ETags.of(applied.estate().revision()))
                .body(ExitApplicationView.of(applied.estate(), applied.application()));
    }

    record ExitApplicationBody(@NotNull ExitApplicant applicant, @Size(max = 100) @SingleLine String owner,
                               @NotNull ExitReason reason, @NotNull LocalDate proposedEffectiveDate,
                               @Size(max = 20) List<@NotBlank @Size(max = 200) @SingleLine String> documents,
                               @Size(max = 2000) String note) {
    }

    record Withdrawal(@Size(max = 20) List<@NotBlank @Size(max = 200) @SingleLine String> documents,
                      @Size(max = 2000) String note) {
    }

    record Refusal(@NotBlank @Size(max = 2000) String reasons,
                   @Size(max = 20) List<@NotBlank @Size(max = 200) @SingleLine String> documents, @Size(max = 2000) String note) {
    }

    record Approval(LocalDate effectiveDate, @Size(max = 20) List<@NotBlank @Size(max = 200) @SingleLine String> documents,
                    @Size(max = 2000) String note) {
    }
}
