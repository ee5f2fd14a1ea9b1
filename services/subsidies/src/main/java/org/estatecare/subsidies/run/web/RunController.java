package org.estatecare.subsidies.run.web;

import java.net.URI;
import java.time.YearMonth;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.domain.HistoryEntry;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.web.ETags;
import org.estatecare.kit.web.PageView;
import org.estatecare.kit.web.SortAllowList;
import org.estatecare.subsidies.allocation.LineKind;
import org.estatecare.subsidies.run.AllocationRun;
import org.estatecare.subsidies.run.RunId;
import org.estatecare.subsidies.run.RunService;
import org.estatecare.subsidies.run.RunStatus;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
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

/**
 * Allocation runs (R-SUB-2, R-SUB-3): the district computes a month's run (again: unchanged for the same facts), each
 * street office approves its street's lines, the district approves the run (核拨), finance records the payment. Whoever
 * computed or changed a run is refused (403) at every approval and at the payment.
 */
@Tag(name = "allocation runs", description = "Monthly subsidy allocation runs, their lines, approvals and payment")
@RestController
@RequestMapping("/api/allocation-runs")
class RunController {

    static final String RUN_ID = "^run-[0-9]{4}-(0[1-9]|1[0-2])$";
    static final String STREET_CODE = "^[a-z0-9][a-z0-9-]{1,39}$";
    static final String ESTATE_ID = "^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$";
    private static final SortAllowList RUNS = SortAllowList.of(Map.of("period", "period", "status", "status"))
            .byDefault(Sort.Direction.DESC, "period");
    private static final SortAllowList LINES = SortAllowList.of(Map.of("estateId", "estateId", "street", "street",
            "amount", "amount", "month", "month")).byDefault(Sort.Direction.ASC, "street");

    private final RunService service;

    RunController(RunService service) {
        this.service = service;
    }

    @Operation(summary = "Compute a month's run (district)", description = "For a month that is over. 201 with a new run; "
            + "200 with the run unchanged when the facts are the same or it is approved already, or with its lines "
            + "replaced while no one has approved it (the streets' approvals are cleared).")
    @PostMapping
    ResponseEntity<RunView> compute(@Valid @RequestBody ComputeBody body, Caller caller) {
        boolean existed = service.exists(RunId.of(body.period()));
        AllocationRun run = service.compute(body.period(), caller);
        return ResponseEntity.status(existed ? HttpStatus.OK : HttpStatus.CREATED)
                .location(URI.create("/api/allocation-runs/" + run.id().value())).eTag(ETags.of(run.revision()))
                .body(RunView.of(run));
    }

    @Operation(summary = "List runs", description = "Filter by status; newest month first.")
    @GetMapping
    PageView<RunView> list(@RequestParam(required = false) RunStatus status, @ParameterObject Pageable page, Caller caller) {
        return PageView.of(service.list(status, RUNS.apply(page), caller), RunView::of);
    }

    @GetMapping("/{id}")
    ResponseEntity<RunView> get(@PathVariable @Pattern(regexp = RUN_ID) String id, Caller caller) {
        return RunView.ok(service.get(RunId.of(id), caller));
    }

    @GetMapping("/{id}/history")
    PageView<HistoryEntry<RunStatus>> history(@PathVariable @Pattern(regexp = RUN_ID) String id,
                                              @ParameterObject Pageable page, Caller caller) {
        return PageView.of(service.get(RunId.of(id), caller).history(), page);
    }

    @Operation(summary = "A run's lines with their traces", description = "The lines the caller sees: every line for the "
            + "district, the city, auditors and finance; a street office its street's; a company those paid to it.")
    @GetMapping("/{id}/lines")
    PageView<LineView> lines(@PathVariable @Pattern(regexp = RUN_ID) String id,
                             @RequestParam(required = false) @Pattern(regexp = STREET_CODE) String street,
                             @RequestParam(required = false) @Pattern(regexp = ESTATE_ID) String estateId,
                             @RequestParam(required = false) LineKind kind, @ParameterObject Pageable page, Caller caller) {
        return PageView.of(service.lines(RunId.of(id), street, estateId == null ? null : EstateId.of(estateId), kind,
                LINES.apply(page), caller), LineView::of);
    }

    @Operation(summary = "Approve a street's lines (its street office)", description = "Needs If-Match.")
    @PostMapping("/{id}/streets/{street}/approval")
    ResponseEntity<RunView> approveStreet(@PathVariable @Pattern(regexp = RUN_ID) String id,
                                          @PathVariable @Pattern(regexp = STREET_CODE) String street,
                                          @RequestHeader(value = "If-Match", required = false) String ifMatch, Caller caller) {
        return RunView.ok(service.approveStreet(RunId.of(id), street, ETags.ifMatchRequired(ifMatch), caller));
    }

    @Operation(summary = "Approve the run (district, 核拨)", description = "Once every street office has approved its "
            + "lines. The lines are settled and announced; the ledger records each street's part. Needs If-Match.")
    @PostMapping("/{id}/approval")
    ResponseEntity<RunView> approve(@PathVariable @Pattern(regexp = RUN_ID) String id,
                                    @RequestHeader(value = "If-Match", required = false) String ifMatch, Caller caller) {
        return RunView.ok(service.approve(RunId.of(id), ETags.ifMatchRequired(ifMatch), caller));
    }

    @Operation(summary = "Record the payment (finance)", description = "Of an approved run, with the payment's reference; "
            + "the ledger records each street's payment. Needs If-Match.")
    @PostMapping("/{id}/disbursement")
    ResponseEntity<RunView> disburse(@PathVariable @Pattern(regexp = RUN_ID) String id, @Valid @RequestBody DisburseBody body,
                                     @RequestHeader(value = "If-Match", required = false) String ifMatch, Caller caller) {
        return RunView.ok(service.disburse(RunId.of(id), body.paymentReference(), ETags.ifMatchRequired(ifMatch), caller));
    }

    record ComputeBody(@NotNull YearMonth period) {
    }

    record DisburseBody(@NotBlank @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9_./-]{0,63}$") String paymentReference) {
    }
}
