package org.estatecare.subsidies.audit.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.estatecare.events.ids.CompanyId;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.domain.HistoryEntry;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.time.Quarter;
import org.estatecare.kit.web.Coded;
import org.estatecare.kit.web.ETags;
import org.estatecare.kit.web.PageView;
import org.estatecare.kit.web.SortAllowList;
import org.estatecare.kit.web.WellFormedId;
import org.estatecare.subsidies.audit.AuditExports;
import org.estatecare.subsidies.audit.AuditFinding;
import org.estatecare.subsidies.audit.AuditService;
import org.estatecare.subsidies.audit.FindingAction;
import org.estatecare.subsidies.audit.FindingId;
import org.estatecare.subsidies.audit.FindingStatus;
import org.estatecare.subsidies.audit.ReconciliationFlag;
import org.estatecare.subsidies.audit.ReconciliationRow;
import org.estatecare.subsidies.run.RunId;
import org.estatecare.subsidies.run.RunService;
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
 * The auditors' side (R-SUB-3): a run's lines exported per street as CSV and XLSX with Chinese headers; the quarterly
 * reconciliation of what was paid each company against its subsidy-use reports (R-AGR-3); audit findings and what
 * they do (a hold on the next disbursement, a rectification).
 */
@Tag(name = "subsidy audit", description = "Exports, reconciliation against subsidy-use reports, audit findings")
@RestController
class AuditController {

    static final String QUARTER = "^[0-9]{4}-Q[1-4]$";
    static final String STREET_CODE = "^[a-z0-9][a-z0-9-]{1,39}$";
    static final String ID = "^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$";
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    private static final SortAllowList FINDINGS = SortAllowList.of(Map.of("recordedAt", "recordedAt", "quarter", "quarter",
            "status", "status")).byDefault(Sort.Direction.DESC, "recordedAt");

    private final AuditService audit;
    private final RunService runs;

    AuditController(AuditService audit, RunService runs) {
        this.audit = audit;
        this.runs = runs;
    }

    @Operation(summary = "Export a run's lines as CSV", description = "One street's (street=…) or every line the caller sees.")
    @GetMapping(value = "/api/allocation-runs/{id}/export.csv")
    ResponseEntity<Resource> csv(@PathVariable @Pattern(regexp = "^run-[0-9]{4}-(0[1-9]|1[0-2])$") String id,
                               @RequestParam(required = false) @Pattern(regexp = STREET_CODE) String street, Caller caller) {
        return file(AuditExports.csv(runs.export(RunId.of(id), street, caller)), CSV, id, street, "csv");
    }

    @Operation(summary = "Export a run's lines as XLSX", description = "One street's (street=…) or every line the caller sees.")
    @GetMapping(value = "/api/allocation-runs/{id}/export.xlsx")
    ResponseEntity<Resource> xlsx(@PathVariable @Pattern(regexp = "^run-[0-9]{4}-(0[1-9]|1[0-2])$") String id,
                                @RequestParam(required = false) @Pattern(regexp = STREET_CODE) String street, Caller caller) {
        return file(AuditExports.xlsx(runs.export(RunId.of(id), street, caller)), XLSX, id, street, "xlsx");
    }

    @Operation(summary = "Reconcile a quarter", description = "Per estate and company: paid for the quarter's months in "
            + "runs already paid, against the company's subsidy-use report; MISSING after the due date, LATE, UNDER_REPORTED.")
    @GetMapping("/api/subsidy-reconciliation")
    PageView<RowView> reconcile(@RequestParam @Pattern(regexp = QUARTER) String quarter,
                                @RequestParam(required = false) @Pattern(regexp = STREET_CODE) String street,
                                @ParameterObject Pageable page, Caller caller) {
        return PageView.of(audit.reconcile(Quarter.parse(quarter), street, caller).stream().map(RowView::of).toList(),
                page);
    }

    @Operation(summary = "Record an audit finding (auditor, district)", description = "What was found, and what it does: "
            + "HOLD_NEXT_DISBURSEMENT (flagged on every run while open), RECTIFICATION or NOTE_ONLY.")
    @PostMapping("/api/audit-findings")
    ResponseEntity<FindingView> record(@Valid @RequestBody FindingBody body, Caller caller) {
        AuditFinding finding = audit.record(body.quarter(), body.street(), body.estateId(), body.companyId(),
                body.flags() == null ? List.of() : body.flags(), body.action(), body.note(), caller);
        return ResponseEntity.created(URI.create("/api/audit-findings/" + finding.id().value()))
                .eTag(ETags.of(finding.revision())).body(FindingView.of(finding));
    }

    @GetMapping("/api/audit-findings")
    PageView<FindingView> findings(@RequestParam(required = false) @Pattern(regexp = QUARTER) String quarter,
                                   @RequestParam(required = false) FindingStatus status, @ParameterObject Pageable page,
                                   Caller caller) {
        return PageView.of(audit.findings(quarter, status, FINDINGS.apply(page), caller), FindingView::of);
    }

    @GetMapping("/api/audit-findings/{id}")
    ResponseEntity<FindingView> finding(@PathVariable @Pattern(regexp = ID) String id, Caller caller) {
        AuditFinding finding = audit.finding(FindingId.of(id), caller);
        return ResponseEntity.ok().eTag(ETags.of(finding.revision())).body(FindingView.of(finding));
    }

    @Operation(summary = "Close a finding (auditor, district)", description = "A hold it placed is lifted. Needs If-Match.")
    @PostMapping("/api/audit-findings/{id}/closure")
    ResponseEntity<FindingView> close(@PathVariable @Pattern(regexp = ID) String id, @Valid @RequestBody CloseBody body,
                                      @RequestHeader(value = "If-Match", required = false) String ifMatch, Caller caller) {
        AuditFinding closed = audit.close(FindingId.of(id), body.note(), ETags.ifMatchRequired(ifMatch), caller);
        return ResponseEntity.ok().eTag(ETags.of(closed.revision())).body(FindingView.of(closed));
    }

    private static ResponseEntity<Resource> file(byte[] content, MediaType type, String run, String street, String extension) {
        String name = run + (street == null ? "" : "-" + street) + "." + extension;
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .contentLength(content.length).body(new ByteArrayResource(content));
    }

    record FindingBody(@NotNull @Pattern(regexp = QUARTER) String quarter, @NotNull @Pattern(regexp = STREET_CODE) String street,
                       @WellFormedId EstateId estateId, @WellFormedId CompanyId companyId,
                       @Size(max = 3) List<@NotNull ReconciliationFlag> flags, @NotNull FindingAction action,
                       @Size(max = 2000) String note) {
    }

    record CloseBody(@Size(max = 2000) String note) {
    }

    record RowView(EstateId estateId, String street, CompanyId companyId, java.math.BigDecimal disbursed, String reportId,
                   java.math.BigDecimal reportedReceived, java.math.BigDecimal reportedUsed, Instant reportedAt,
                   java.time.LocalDate dueOn, List<Coded> flags) {

        static RowView of(ReconciliationRow row) {
            return new RowView(row.estateId(), row.street(), row.companyId(), row.disbursed(), row.reportId(),
                    row.reportedReceived(), row.reportedUsed(), row.reportedAt(), row.dueOn(),
                    row.flags().stream().map(Coded::of).toList());
        }
    }

    record FindingView(FindingId id, String quarter, String street, EstateId estateId, CompanyId companyId, List<Coded> flags,
                       Coded action, String note, Coded status, long revision, String recordedBy, Instant recordedAt,
                       List<HistoryEntry<FindingStatus>> history) {

        static FindingView of(AuditFinding f) {
            return new FindingView(f.id(), f.quarter(), f.street(), f.estateId(), f.companyId(),
                    f.flags().stream().map(Coded::of).toList(), Coded.of(f.action()), f.note(), Coded.of(f.status()),
                    f.revision(), f.recordedBy(), f.recordedAt(), f.history());
        }
    }
}
