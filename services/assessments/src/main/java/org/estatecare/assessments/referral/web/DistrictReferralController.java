package org.estatecare.assessments.referral.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.estatecare.assessments.referral.DistrictReferral;
import org.estatecare.assessments.referral.DistrictReferralService;
import org.estatecare.assessments.referral.ReferralId;
import org.estatecare.assessments.scheme.SchemeId;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.web.Coded;
import org.estatecare.kit.web.ETags;
import org.estatecare.kit.web.PageView;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
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
 * Problems with the district to coordinate (R-DIST-1): joint-meeting action items left undone past their deadline,
 * referred by themselves, and major or legacy problems (重大问题、遗留问题) the district takes up; it records how
 * each was settled.
 */
@Tag(name = "district-referrals", description = "Major and legacy problems, and overdue joint-meeting action items, with the district")
@RestController
@RequestMapping("/api/district-referrals")
class DistrictReferralController {

    private final DistrictReferralService service;

    DistrictReferralController(DistrictReferralService service) {
        this.service = service;
    }

    @Operation(summary = "Referrals the caller may see, the latest raised first", description = "Filter by street and status.")
    @GetMapping
    PageView<ReferralView> list(@RequestParam(required = false) @Pattern(regexp = SchemeId.STREET_CODE) String street,
                                @RequestParam(required = false) DistrictReferral.Status status,
                                @ParameterObject Pageable page, Caller caller) {
        return PageView.of(service.list(street, status, page, caller), ReferralView::of);
    }

    @Operation(summary = "Refer a major or legacy problem of a street to the district (district admin)",
            description = "An estate named must be one of the street's (422 R-DIST-1); OVERDUE_ACTION_ITEM is the scheduled pass's (422).")
    @PostMapping
    ResponseEntity<ReferralView> raise(@Valid @RequestBody RaiseRequest body, Caller caller) {
        DistrictReferral referral = service.raise(body.kind(), body.street(), body.estateId(), body.description().strip(), caller);
        return ResponseEntity.created(URI.create("/api/district-referrals/" + referral.id())).eTag(ETags.of(referral.revision()))
                .body(ReferralView.of(referral));
    }

    @GetMapping("/{id}")
    ResponseEntity<ReferralView> get(@PathVariable ReferralId id, Caller caller) {
        DistrictReferral referral = service.get(id, caller);
        return ResponseEntity.ok().eTag(ETags.of(referral.revision())).body(ReferralView.of(referral));
    }

    @Operation(summary = "Record how the district settled it (district admin), once",
            description = "Dated between the day it was raised and today (422 R-DIST-1); 409 when settled already. If-Match optional.")
    @PostMapping("/{id}/settlement")
    ResponseEntity<ReferralView> settle(@PathVariable ReferralId id, @Valid @RequestBody SettlementRequest body,
                                        @RequestHeader(value = "If-Match", required = false) String ifMatch, Caller caller) {
        DistrictReferral referral = service.settle(id, body.how().strip(), body.settledOn(), ETags.ifMatch(ifMatch), caller);
        return ResponseEntity.ok().eTag(ETags.of(referral.revision())).body(ReferralView.of(referral));
    }

    record RaiseRequest(@NotNull DistrictReferral.Kind kind, @NotBlank @Pattern(regexp = SchemeId.STREET_CODE) String street,
                        EstateId estateId, @NotBlank @Size(max = 2000) String description) {
    }

    record SettlementRequest(@NotBlank @Size(max = 2000) String how, @NotNull LocalDate settledOn) {
    }

    record SettlementView(String how, LocalDate settledOn, String settledBy, Instant recordedAt) {
    }

    record ReferralView(ReferralId id, long revision, Coded kind, String street, EstateId estateId, String description,
                        DistrictReferral.Source source, LocalDate raisedOn, String raisedBy, Coded status, SettlementView settlement) {

        static ReferralView of(DistrictReferral r) {
            return new ReferralView(r.id(), r.revision(), Coded.of(r.kind()), r.street(), r.estateId().orElse(null), r.description(),
                    r.source().orElse(null), r.raisedOn(), r.raisedBy(), Coded.of(r.status()),
                    r.settlement().map(s -> new SettlementView(s.how(), s.settledOn(), s.settledBy(), s.recordedAt())).orElse(null));
        }
    }
}
