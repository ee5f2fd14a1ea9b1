package org.estatecare.registry.lifecycle.web;

import org.estatecare.events.ids.EstateId;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.estatecare.events.codes.ManagementMode;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.web.ETags;
import org.estatecare.registry.estate.Decision;
import org.estatecare.registry.estate.ExitReason;
import org.estatecare.registry.estate.ItemCheck;
import org.estatecare.registry.estate.ItemResult;
import org.estatecare.registry.estate.TakeoverItem;
import org.estatecare.registry.estate.web.EstateView;
import org.estatecare.registry.estate.web.SingleLine;
import org.estatecare.registry.lifecycle.LifecycleService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * One endpoint per lifecycle command. Each answers 409 when the estate's status does not allow it,
 * 422 naming every failed policy condition, 412 when {@code If-Match} is stale.
 */
@Tag(name = "lifecycle", description = "Takeover acceptance, filing, inclusion, non-inclusion, exit")
@RestController
@RequestMapping("/api/estates/{id}")
class LifecycleController {

    private final LifecycleService lifecycle;

    LifecycleController(LifecycleService lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Operation(summary = "Record a takeover acceptance attempt against the standard (R-TAKE-1, R-TAKE-2)",
            description = "The municipal bureau's inspector checks every item of the standard (GET /api/codes/estates, "
                    + "takeoverItem): PASS, FAIL with a note on what to put right, or NOT_APPLICABLE for an item checked "
                    + "only where present (lifts). A missing, repeated or wrongly inapplicable item, or a failed item "
                    + "without a note, is 422 R-TAKE-2. The attempt passes only when no item fails: the estate is then "
                    + "TAKEOVER_ACCEPTED and can be filed. A failed attempt is kept with its items to put right and the "
                    + "estate stays REGISTERED awaiting a re-acceptance, which is a later attempt. Dated not after today, "
                    + "not before the renovation's acceptance and not before the previous attempt. A district-admin "
                    + "records on the bureau's behalf, and the attempt says so (recordedOnBehalfOf).")
    @PostMapping("/takeover-acceptance")
    ResponseEntity<EstateView> acceptTakeover(@PathVariable EstateId id, @Valid @RequestBody TakeoverAcceptance body,
                                              @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                              Caller caller) {
        List<ItemCheck> items = body.items().stream().map(i -> new ItemCheck(i.item(), i.result(), i.note())).toList();
        return EstateView.ok(lifecycle.acceptTakeover(id, body.acceptedOn(), items, decision(caller, body.documents(), body.note()),
                ETags.ifMatch(ifMatch), caller));
    }

    @Operation(summary = "Record the filing with the municipal bureau (报备, R-TAKE-1)",
            description = "Dated not after today and not before the takeover acceptance.")
    @PostMapping("/filing")
    ResponseEntity<EstateView> file(@PathVariable EstateId id, @Valid @RequestBody Filing body,
                                    @RequestHeader(value = "If-Match", required = false) String ifMatch, Caller caller) {
        return EstateView.ok(lifecycle.file(id, body.filedOn(), decision(caller, body.documents(), body.note()),
                ETags.ifMatch(ifMatch), caller));
    }

    @Operation(summary = "Include the estate in long-term management (R-ELIG-1)",
            description = "Refused with 422 naming each failed condition of R-ELIG-1. Dated not after today and not "
                    + "before the filing.")
    @PostMapping("/inclusion")
    ResponseEntity<EstateView> include(@PathVariable EstateId id, @Valid @RequestBody Inclusion body,
                                       @RequestHeader(value = "If-Match", required = false) String ifMatch, Caller caller) {
        return EstateView.ok(lifecycle.include(id, body.includedOn(), body.managementMode(),
                decision(caller, body.documents(), body.note()), ETags.ifMatch(ifMatch), caller));
    }

    @Operation(summary = "Decide not to include the estate (R-ELIG-2: original channel, no subsidy)",
            description = "Dated not after today and not before the estate's last recorded step (filing or takeover).")
    @PostMapping("/non-inclusion")
    ResponseEntity<EstateView> notInclude(@PathVariable EstateId id, @Valid @RequestBody NonInclusion body,
                                          @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                          Caller caller) {
        return EstateView.ok(lifecycle.decideNotToInclude(id, body.decidedOn(), body.reason(),
                decision(caller, body.documents(), body.note()), ETags.ifMatch(ifMatch), caller));
    }

    @Operation(summary = "Exit the scheme by the district's own decision (R-EXIT-1); subsidies stop from the effective date (R-EXIT-2)",
            description = "For an exit the district decides without an application, e.g. on a demolition order; an exit "
                    + "applied for goes through /exit-applications, and while an application is pending this answers 409 "
                    + "(the district approves or refuses the application instead). The decision is recorded and announced (EstateExited, carrying effectiveDate) when it is made. "
                    + "An effective date after today schedules the exit: the estate stays INCLUDED until that day and is "
                    + "EXITED from it; until then it is listed under 'scheduled'. The date lies between the inclusion and "
                    + "one year after today. A decided exit cannot be revoked.")
    @PostMapping("/exit")
    ResponseEntity<EstateView> exit(@PathVariable EstateId id, @Valid @RequestBody ExitRequest body,
                                    @RequestHeader(value = "If-Match", required = false) String ifMatch, Caller caller) {
        return EstateView.ok(lifecycle.exit(id, body.reason(), body.effectiveDate(), decision(caller, body.documents(), body.note()),
                ETags.ifMatch(ifMatch), caller));
    }

    private static Decision decision(Caller caller, List<String> documents, String note) {
        return new Decision(caller.username(), documents, note);
    }

    /** The attempt's date, one result per item of the standard, and its documents. */
    record TakeoverAcceptance(@NotNull LocalDate acceptedOn, @NotNull @Size(max = 20) List<@Valid @NotNull ItemBody> items,
                              @Size(max = 20) List<@NotBlank @Size(max = 200) @SingleLine String> documents,
                              @Size(max = 2000) String note) {
    }

    record ItemBody(@NotNull TakeoverItem item, @NotNull ItemResult result, @Size(max = 500) String note) {
    }

    record Filing(@NotNull LocalDate filedOn, @Size(max = 20) List<@NotBlank @Size(max = 200) @SingleLine String> documents,
                  @Size(max = 2000) String note) {
    }

    record Inclusion(@NotNull LocalDate includedOn, @NotNull ManagementMode managementMode,
                     @Size(max = 20) List<@NotBlank @Size(max = 200) @SingleLine String> documents, @Size(max = 2000) String note) {
    }

    record NonInclusion(@NotNull LocalDate decidedOn, @NotBlank @Size(max = 500) String reason,
                        @Size(max = 20) List<@NotBlank @Size(max = 200) @SingleLine String> documents, @Size(max = 2000) String note) {
    }

    /** Named apart from the view's {@code Exit}, so the OpenAPI document keeps one schema for each. */
    record ExitRequest(@NotNull ExitReason reason, @NotNull LocalDate effectiveDate,
                @Size(max = 20) List<@NotBlank @Size(max = 200) @SingleLine String> documents, @Size(max = 2000) String note) {
    }
}
