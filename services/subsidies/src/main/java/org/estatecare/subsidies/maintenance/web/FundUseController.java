package org.estatecare.subsidies.maintenance.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.estatecare.events.codes.Facility;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.domain.HistoryEntry;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.web.Coded;
import org.estatecare.kit.web.ETags;
import org.estatecare.kit.web.InvalidParameterException;
import org.estatecare.kit.web.PageView;
import org.estatecare.kit.web.SortAllowList;
import org.estatecare.kit.web.WellFormedId;
import org.estatecare.subsidies.maintenance.Approval;
import org.estatecare.subsidies.maintenance.FundUse;
import org.estatecare.subsidies.maintenance.FundUseExports;
import org.estatecare.subsidies.maintenance.FundUseFilter;
import org.estatecare.subsidies.maintenance.FundUseId;
import org.estatecare.subsidies.maintenance.FundUseService;
import org.estatecare.subsidies.maintenance.FundUseStatus;
import org.estatecare.subsidies.maintenance.MaintenanceFund;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The use of maintenance funds per estate (R-MAINT-1, R-MAINT-2), recorded by the street office or the district and
 * exported for the audit (R-SUB-3) like the run's lines.
 */
@Tag(name = "maintenance funds", description = "Uses of the street's and the district's maintenance funds, per estate, "
        + "with approval and invoice; exports for the audit")
@RestController
class FundUseController {

    static final String STREET_CODE = "^[a-z0-9][a-z0-9-]{1,39}$";
    static final String ID = "^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$";
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    private static final SortAllowList SORT = SortAllowList.of(Map.of("spentOn", "spentOn", "recordedAt", "recordedAt",
            "amount", "amount")).byDefault(Sort.Direction.DESC, "spentOn");

    private final FundUseService uses;

    FundUseController(FundUseService uses) {
        this.uses = uses;
    }

    @Operation(summary = "Record a use of a maintenance fund (street office, district)",
            description = "Spent not after today and not before its approval (422 R-MAINT-1). An invoice pays for one use: "
                    + "an invoice reference already recorded on a use that stands is refused (409). A street office "
                    + "records for its street's estates only.")
    @PostMapping("/api/maintenance-fund-uses")
    ResponseEntity<FundUseView> record(@Valid @RequestBody FundUseBody body, Caller caller) {
        FundUse use = uses.record(body.estateId(), new FundUse.Spending(body.fund(), body.facility(), body.purpose().strip(),
                body.amount(), body.spentOn(), new Approval(body.approval().approvedBy().strip(),
                body.approval().reference().strip(), body.approval().approvedOn()), body.invoiceReference(),
                body.maintenanceUnit() == null ? null : body.maintenanceUnit().strip()), caller);
        return ResponseEntity.created(URI.create("/api/maintenance-fund-uses/" + use.id().value()))
                .eTag(ETags.of(use.revision())).body(FundUseView.of(use));
    }

    @Operation(summary = "List uses", description = "Narrowed by street, estate, fund, status and the spending days "
            + "(from, to inclusive); a street office sees its street's.")
    @GetMapping("/api/maintenance-fund-uses")
    PageView<FundUseView> list(@RequestParam(required = false) @Pattern(regexp = STREET_CODE) String street,
                               @RequestParam(required = false) @WellFormedId EstateId estateId,
                               @RequestParam(required = false) MaintenanceFund fund,
                               @RequestParam(required = false) FundUseStatus status,
                               @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                               @ParameterObject Pageable page, Caller caller) {
        return PageView.of(uses.list(filter(street, estateId, fund, status, from, to), SORT.apply(page), caller),
                FundUseView::of);
    }

    @GetMapping("/api/maintenance-fund-uses/{id}")
    ResponseEntity<FundUseView> one(@PathVariable @Pattern(regexp = ID) String id, Caller caller) {
        FundUse use = uses.get(FundUseId.of(id), caller);
        return ResponseEntity.ok().eTag(ETags.of(use.revision())).body(FundUseView.of(use));
    }

    @Operation(summary = "Void a wrongly recorded use (street office, district)",
            description = "With its reason; the use stays, marked voided, and no longer holds its invoice. Needs If-Match.")
    @PostMapping("/api/maintenance-fund-uses/{id}/voiding")
    ResponseEntity<FundUseView> voidUse(@PathVariable @Pattern(regexp = ID) String id, @Valid @RequestBody VoidBody body,
                                        @RequestHeader(value = "If-Match", required = false) String ifMatch, Caller caller) {
        FundUse voided = uses.voidUse(FundUseId.of(id), body.reason().strip(), ETags.ifMatchRequired(ifMatch), caller);
        return ResponseEntity.ok().eTag(ETags.of(voided.revision())).body(FundUseView.of(voided));
    }

    @Operation(summary = "Export uses as CSV (audit)", description = "The same filters as the list; voided uses included.")
    @GetMapping("/api/maintenance-fund-uses/export.csv")
    ResponseEntity<Resource> csv(@RequestParam(required = false) @Pattern(regexp = STREET_CODE) String street,
                                 @RequestParam(required = false) MaintenanceFund fund,
                                 @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                                 Caller caller) {
        return file(FundUseExports.csv(uses.export(filter(street, null, fund, null, from, to), caller)), CSV, street, "csv");
    }

    @Operation(summary = "Export uses as XLSX (audit)", description = "The same filters as the list; voided uses included.")
    @GetMapping("/api/maintenance-fund-uses/export.xlsx")
    ResponseEntity<Resource> xlsx(@RequestParam(required = false) @Pattern(regexp = STREET_CODE) String street,
                                  @RequestParam(required = false) MaintenanceFund fund,
                                  @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                                  Caller caller) {
        return file(FundUseExports.xlsx(uses.export(filter(street, null, fund, null, from, to), caller)), XLSX, street, "xlsx");
    }

    private static FundUseFilter filter(String street, EstateId estateId, MaintenanceFund fund, FundUseStatus status,
                                        LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidParameterException("to", "the range ends before it starts");
        }
        return new FundUseFilter(street, estateId, fund, status, from, to);
    }

    private static ResponseEntity<Resource> file(byte[] content, MediaType type, String street, String extension) {
        String name = "maintenance-fund-uses" + (street == null ? "" : "-" + street) + "." + extension;
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .contentLength(content.length).body(new ByteArrayResource(content));
    }

    record ApprovalBody(@NotBlank @Size(max = 100) String approvedBy, @NotBlank @Size(max = 100) String reference,
                        @NotNull LocalDate approvedOn) {
    }

    record FundUseBody(@NotNull @WellFormedId EstateId estateId, @NotNull MaintenanceFund fund, @NotNull Facility facility,
                       @NotBlank @Size(max = 500) String purpose,
                       @NotNull @DecimalMin("0.01") @DecimalMax("100000000.00") @Digits(integer = 9, fraction = 2) BigDecimal amount,
                       @NotNull LocalDate spentOn, @NotNull @Valid ApprovalBody approval,
                       @NotBlank @Size(max = 64) @Pattern(regexp = "^[\\p{L}\\p{N}][\\p{L}\\p{N} _./:-]{0,63}$") String invoiceReference,
                       @Size(max = 100) String maintenanceUnit) {
    }

    record VoidBody(@NotBlank @Size(max = 2000) String reason) {
    }

    record FundUseView(FundUseId id, EstateId estateId, String estateName, String street, String community, Coded fund,
                       Coded facility, String purpose, BigDecimal amount, LocalDate spentOn, Approval approval,
                       String invoiceReference, String maintenanceUnit, Coded status, long revision, String recordedBy,
                       Instant recordedAt, List<HistoryEntry<FundUseStatus>> history) {

        static FundUseView of(FundUse use) {
            return new FundUseView(use.id(), use.estateId(), use.estateName(), use.street(), use.community(),
                    Coded.of(use.fund()), Coded.of(use.facility()), use.purpose(), use.amount(), use.spentOn(),
                    use.approval(), use.invoiceReference(), use.maintenanceUnit(), Coded.of(use.status()), use.revision(),
                    use.recordedBy(), use.recordedAt(), use.history());
        }
    }
}
