package org.estatecare.assessments.scheme.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.estatecare.assessments.scheme.Scheme;
import org.estatecare.assessments.scheme.SchemeAccess;
import org.estatecare.assessments.scheme.SchemeId;
import org.estatecare.assessments.scheme.SchemeService;
import org.estatecare.assessments.scheme.SchemeVersion;
import org.estatecare.assessments.scheme.web.SchemeView.InForceView;
import org.estatecare.assessments.scheme.web.SchemeView.VersionView;
import org.estatecare.assessments.scoring.SchemeRules;
import org.estatecare.kit.domain.NotFoundException;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.time.WorkingDayCalendar;
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
 * Assessment schemes (R-ASM-1). A scheme is addressed by whose it is: {@code district}, or a street's
 * code. Each change answers the scheme with its new ETag; 409 when the version's status does not allow
 * it, 422 naming every fault of the rules or the first day, 412 when {@code If-Match} is stale.
 */
@Tag(name = "assessment schemes", description = "Each street's assessment and reward method, approved by the district")
@RestController
@RequestMapping("/api/assessment-schemes")
class SchemeController {

    private static final SortAllowList SORTABLE = SortAllowList.of(Map.of("id", "_id")).byDefault(Sort.Direction.ASC, "id");

    private final SchemeService schemes;
    private final SchemeAccess access;
    private final Clock clock;

    SchemeController(SchemeService schemes, SchemeAccess access, Clock clock) {
        this.schemes = schemes;
        this.access = access;
        this.clock = clock;
    }

    @Operation(summary = "List schemes", description = "The district's and every street's that has drafted one; "
            + "with the version in force today.")
    @GetMapping
    PageView<SchemeView> list(@ParameterObject Pageable page, Caller caller) {
        return PageView.of(schemes.list(SORTABLE.apply(page), caller), s -> view(s, caller));
    }

    @Operation(summary = "The version that scores a street's day",
            description = "The street's own approved version in force on that day, else the district's (districtFallback).")
    @GetMapping("/in-force")
    InForceView inForce(@RequestParam(required = false) @Pattern(regexp = SchemeId.STREET_CODE) String street,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        LocalDate day = on == null ? today() : on;
        return InForceView.of(street, day, schemes.inForce(Optional.ofNullable(street), day));
    }

    @GetMapping("/{owner}")
    ResponseEntity<SchemeView> get(@PathVariable @Pattern(regexp = SchemeId.STREET_CODE) String owner, Caller caller) {
        return ok(schemes.get(SchemeId.of(owner), caller), caller);
    }

    @Operation(summary = "A scheme's versions", description = "Oldest first; drafts, submissions and rejections only for "
            + "the district and the scheme's street.")
    @GetMapping("/{owner}/versions")
    PageView<VersionView> versions(@PathVariable @Pattern(regexp = SchemeId.STREET_CODE) String owner,
                                   @ParameterObject Pageable page, Caller caller) {
        Scheme scheme = schemes.get(SchemeId.of(owner), caller);
        boolean all = access.maySeeUnapproved(caller, scheme.id());
        return PageView.of(scheme.versions().stream().filter(v -> all || v.isApproved())
                .map(v -> VersionView.of(owner, v)).toList(), page);
    }

    @GetMapping("/{owner}/versions/{version}")
    VersionView version(@PathVariable @Pattern(regexp = SchemeId.STREET_CODE) String owner,
                        @PathVariable @Min(1) @Max(100_000) int version, Caller caller) {
        Scheme scheme = schemes.get(SchemeId.of(owner), caller);
        SchemeVersion found = scheme.version(version);
        if (!found.isApproved() && !access.maySeeUnapproved(caller, scheme.id())) {
            throw new NotFoundException("scheme version", owner + "/" + version);
        }
        return VersionView.of(owner, found);
    }

    @Operation(summary = "Draft the next version",
            description = "By the street's officers for their street, by the district for its own. Refused (409) while "
                    + "another version is open; 422 names every fault of the rules or the first day (the first of a "
                    + "month not over, at most two years ahead). Send an Idempotency-Key.")
    @PostMapping("/{owner}/versions")
    ResponseEntity<SchemeView> draft(@PathVariable @Pattern(regexp = SchemeId.STREET_CODE) String owner,
                                     @Valid @RequestBody VersionRequest body, Caller caller) {
        Scheme scheme = schemes.draft(SchemeId.of(owner), body.rules(), body.effectiveFrom(), body.note(), caller);
        int drafted = scheme.openVersion().map(SchemeVersion::number).orElseThrow();
        return ResponseEntity.created(URI.create("/api/assessment-schemes/" + owner + "/versions/" + drafted))
                .eTag(ETags.of(scheme.revision())).body(view(scheme, caller));
    }

    @Operation(summary = "Replace a draft", description = "Only while the version is a draft; needs If-Match.")
    @PutMapping("/{owner}/versions/{version}")
    ResponseEntity<SchemeView> revise(@PathVariable @Pattern(regexp = SchemeId.STREET_CODE) String owner,
                                      @PathVariable @Min(1) @Max(100_000) int version,
                                      @Valid @RequestBody VersionRequest body,
                                      @RequestHeader(value = "If-Match", required = false) String ifMatch, Caller caller) {
        return ok(schemes.revise(SchemeId.of(owner), version, body.rules(), body.effectiveFrom(), body.note(),
                ETags.ifMatchRequired(ifMatch), caller), caller);
    }

    @Operation(summary = "Submit a street's draft to the district")
    @PostMapping("/{owner}/versions/{version}/submission")
    ResponseEntity<SchemeView> submit(@PathVariable @Pattern(regexp = SchemeId.STREET_CODE) String owner,
                                      @PathVariable @Min(1) @Max(100_000) int version,
                                      @RequestHeader(value = "If-Match", required = false) String ifMatch, Caller caller) {
        return ok(schemes.submit(SchemeId.of(owner), version, ETags.ifMatch(ifMatch), caller), caller);
    }

    @Operation(summary = "Approve a version (district)", description = "A street's submitted version or the district's "
            + "own draft; it scores from its first day. Refused (422) when that month is over by now.")
    @PostMapping("/{owner}/versions/{version}/approval")
    ResponseEntity<SchemeView> approve(@PathVariable @Pattern(regexp = SchemeId.STREET_CODE) String owner,
                                       @PathVariable @Min(1) @Max(100_000) int version,
                                       @Valid @RequestBody Approval body,
                                       @RequestHeader(value = "If-Match", required = false) String ifMatch, Caller caller) {
        return ok(schemes.approve(SchemeId.of(owner), version, body.note(), ETags.ifMatch(ifMatch), caller), caller);
    }

    @Operation(summary = "Send a version back (district)", description = "With the reason; the street may draft again.")
    @PostMapping("/{owner}/versions/{version}/rejection")
    ResponseEntity<SchemeView> reject(@PathVariable @Pattern(regexp = SchemeId.STREET_CODE) String owner,
                                      @PathVariable @Min(1) @Max(100_000) int version,
                                      @Valid @RequestBody Rejection body,
                                      @RequestHeader(value = "If-Match", required = false) String ifMatch, Caller caller) {
        return ok(schemes.reject(SchemeId.of(owner), version, body.reason(), ETags.ifMatch(ifMatch), caller), caller);
    }

    private ResponseEntity<SchemeView> ok(Scheme scheme, Caller caller) {
        return ResponseEntity.ok().eTag(ETags.of(scheme.revision())).body(view(scheme, caller));
    }

    private SchemeView view(Scheme scheme, Caller caller) {
        return SchemeView.of(scheme, today(), access.maySeeUnapproved(caller, scheme.id()));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), WorkingDayCalendar.BEIJING);
    }

    /** {@code effectiveFrom}: the first day of the month from which the version scores, once approved. */
    record VersionRequest(@NotNull LocalDate effectiveFrom, @NotNull @Valid SchemeRules rules, @Size(max = 2000) String note) {
    }

    record Approval(@Size(max = 2000) String note) {
    }

    record Rejection(@NotBlank @Size(max = 2000) String reason) {
    }
}
