package org.estatecare.agreements.agreement.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.estatecare.agreements.agreement.Agreement;
import org.estatecare.agreements.agreement.AgreementFilter;
import org.estatecare.agreements.agreement.AgreementService;
import org.estatecare.agreements.agreement.AgreementStatus;
import org.estatecare.agreements.agreement.BasicServices;
import org.estatecare.agreements.agreement.ExtraService;
import org.estatecare.agreements.agreement.TerminationReason;
import org.estatecare.agreements.fee.Fee;
import org.estatecare.agreements.fee.FeeBasis;
import org.estatecare.agreements.web.BusinessDate;
import org.estatecare.agreements.web.Inputs;
import org.estatecare.kit.web.WellFormedId;
import org.estatecare.events.ids.AgreementId;
import org.estatecare.events.ids.CompanyId;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.domain.HistoryEntry;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.web.ETags;
import org.estatecare.kit.web.PageView;
import org.estatecare.kit.web.SortAllowList;
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

@Tag(name = "agreements", description = "Management service agreements (1+4+N)")
@RestController
@RequestMapping("/api/agreements")
class AgreementController {

    private static final SortAllowList SORTABLE = SortAllowList.of(Map.of("termStart", "termStart", "termEnd", "termEnd",
            "signedOn", "signedOn", "status", "status", "estateName", "estateName", "companyName", "companyName",
            "street", "street", "community", "community")).byDefault(Sort.Direction.DESC, "termStart");

    private final AgreementService service;
    private final Clock clock;

    AgreementController(AgreementService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    private LocalDate today() {
        return Agreement.today(clock.instant());
    }

    @Operation(summary = "Draft an agreement", description = "For an included estate in the service-company mode; "
            + "the four basic services (gateDuty, patrol, cleaning, parking) with their standards are required (R-AGR-1).")
    @PostMapping
    ResponseEntity<AgreementView> draft(@Valid @RequestBody DraftBody body, Caller caller) {
        Agreement agreement = service.draft(body.estateId(), body.toDraft(), caller);
        return ResponseEntity.created(URI.create("/api/agreements/" + agreement.id())).eTag(ETags.of(agreement.revision()))
                .body(AgreementView.of(agreement, today()));
    }

    @GetMapping("/{id}")
    ResponseEntity<AgreementView> get(@PathVariable @WellFormedId AgreementId id, Caller caller) {
        return ok(service.get(id, caller));
    }

    @Operation(summary = "List agreements in the caller's scope", description = "Filters: estate, street, community, company, "
            + "status; latest term first unless sort= names some of: community, companyName, estateName, signedOn, status, "
            + "street, termEnd, termStart.")
    @GetMapping
    PageView<AgreementView> list(@RequestParam(required = false) @WellFormedId EstateId estate,
                                 @RequestParam(required = false) @Size(max = 64) String street,
                                 @RequestParam(required = false) @Size(max = 64) String community,
                                 @RequestParam(required = false) @WellFormedId CompanyId company,
                                 @RequestParam(required = false) AgreementStatus status,
                                 @ParameterObject Pageable page, Caller caller) {
        return PageView.of(service.list(new AgreementFilter(estate, street, community, company, status), SORTABLE.apply(page),
                caller), a -> AgreementView.of(a, today()));
    }

    @Operation(summary = "An agreement's append-only history", description = "Oldest first, in the order recorded; "
            + "pages with page/size, no sort.")
    @GetMapping("/{id}/history")
    PageView<HistoryEntry<AgreementStatus>> history(@PathVariable @WellFormedId AgreementId id, @ParameterObject Pageable page,
                                                    Caller caller) {
        return PageView.of(service.get(id, caller).history(), page);
    }

    @Operation(summary = "Replace a draft's content", description = "Needs If-Match; the company stays.")
    @PutMapping("/{id}")
    ResponseEntity<AgreementView> revise(@PathVariable @WellFormedId AgreementId id, @Valid @RequestBody DraftBody body,
                                         @RequestHeader(value = "If-Match", required = false) String ifMatch, Caller caller) {
        return ok(service.revise(id, body.toDraft(), ETags.ifMatchRequired(ifMatch), caller));
    }

    @Operation(summary = "Record the signing", description = "By the estate's side (district, street office, residents' committee). "
            + "Body {\"signedOn\": date} or {} for today. The estate must take agreements on every day of the term from the "
            + "signing day (an exit or a mode change decided for a day inside it is refused); the fee must lie within every "
            + "standard in force during the term for the estate's class on each day (R-AGR-2); one agreement per estate at a time.")
    @PostMapping("/{id}/signing")
    ResponseEntity<AgreementView> sign(@PathVariable @WellFormedId AgreementId id, @Valid @RequestBody Signing body,
                                       @RequestHeader(value = "If-Match", required = false) String ifMatch, Caller caller) {
        return ok(service.sign(id, body.signedOn(), ETags.ifMatch(ifMatch), caller));
    }

    @Operation(summary = "Amend: the next version of the terms from a date", description = "Needs If-Match; earlier versions are kept.")
    @PostMapping("/{id}/amendments")
    ResponseEntity<AgreementView> amend(@PathVariable @WellFormedId AgreementId id, @Valid @RequestBody AmendmentBody body,
                                        @RequestHeader(value = "If-Match", required = false) String ifMatch, Caller caller) {
        return ok(service.amend(id, body.toAmendment(), ETags.ifMatchRequired(ifMatch), caller));
    }

    @Operation(summary = "End it early", description = "In force up to and including lastDay. ESTATE_EXITED is not accepted here: "
            + "an estate's exit ends its agreement by itself.")
    @PostMapping("/{id}/termination")
    ResponseEntity<AgreementView> terminate(@PathVariable @WellFormedId AgreementId id, @Valid @RequestBody Termination body,
                                            @RequestHeader(value = "If-Match", required = false) String ifMatch, Caller caller) {
        return ok(service.terminate(id, body.lastDay(), body.reason(), body.note(), ETags.ifMatch(ifMatch), caller));
    }

    @Operation(summary = "Draft the next term", description = "Same company and current terms, from the day after this term ends.")
    @PostMapping("/{id}/renewal")
    ResponseEntity<AgreementView> renew(@PathVariable @WellFormedId AgreementId id, @Valid @RequestBody Renewal body, Caller caller) {
        Agreement next = service.renew(id, body.termEnd(), caller);
        return ResponseEntity.created(URI.create("/api/agreements/" + next.id())).eTag(ETags.of(next.revision()))
                .body(AgreementView.of(next, today()));
    }

    private ResponseEntity<AgreementView> ok(Agreement agreement) {
        return ResponseEntity.ok().eTag(ETags.of(agreement.revision())).body(AgreementView.of(agreement, today()));
    }

    record DraftBody(@NotNull @WellFormedId EstateId estateId,
                     @NotNull @WellFormedId(pattern = Inputs.COMPANY_ID) CompanyId companyId,
                     @NotNull @BusinessDate LocalDate termStart, @NotNull @BusinessDate LocalDate termEnd,
                     @Valid BasicServices basicServices,
                     @Size(max = 30) List<@Valid @NotNull ExtraBody> extras, @NotNull @Valid FeeBody fee) {

        AgreementService.Draft toDraft() {
            return new AgreementService.Draft(companyId, termStart, termEnd, services(basicServices), toExtras(extras), fee.toFee());
        }
    }

    record AmendmentBody(@NotNull @BusinessDate LocalDate effectiveFrom, @Valid BasicServices basicServices,
                         @Size(max = 30) List<@Valid @NotNull ExtraBody> extras, @NotNull @Valid FeeBody fee,
                         @NotBlank @Size(max = 2000) String reason) {

        AgreementService.Amendment toAmendment() {
            return new AgreementService.Amendment(effectiveFrom, services(basicServices), toExtras(extras), fee.toFee(), reason);
        }
    }

    record ExtraBody(@NotBlank @Size(max = 100) @Pattern(regexp = Inputs.LINE) String name,
                     @Size(max = 2000) String description,
                     @NotNull @DecimalMin("0") @Digits(integer = 9, fraction = 2) BigDecimal price,
                     @NotBlank @Size(max = 50) @Pattern(regexp = Inputs.LINE) String priceUnit) {
    }

    record FeeBody(@NotNull FeeBasis basis, @NotNull @DecimalMin("0") @Digits(integer = 6, fraction = 2) BigDecimal amount) {

        Fee toFee() {
            return new Fee(basis, amount);
        }
    }

    /** {@code signedOn}: the day the parties signed, today when left out. */
    record Signing(@BusinessDate LocalDate signedOn) {
    }

    record Termination(@NotNull @BusinessDate LocalDate lastDay, @NotNull TerminationReason reason,
                       @Size(max = 2000) String note) {
    }

    record Renewal(@NotNull @BusinessDate LocalDate termEnd) {
    }

    private static BasicServices services(BasicServices given) {
        return given == null ? new BasicServices(null, null, null, null) : given;
    }

    private static List<ExtraService> toExtras(List<ExtraBody> given) {
        return given == null ? List.of()
                : given.stream().map(e -> new ExtraService(e.name(), e.description(), e.price(), e.priceUnit())).toList();
    }
}
