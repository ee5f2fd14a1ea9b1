package org.estatecare.agreements.report.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.estatecare.agreements.report.FeeCollection;
import org.estatecare.agreements.report.FeeFigures;
import org.estatecare.agreements.report.FeePublication;
import org.estatecare.agreements.report.Quarter;
import org.estatecare.agreements.report.ReportService;
import org.estatecare.agreements.report.Spending;
import org.estatecare.agreements.report.SpendingCategory;
import org.estatecare.agreements.report.SubsidyUseReport;
import org.estatecare.agreements.web.Inputs;
import org.estatecare.kit.security.Caller;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "fees and subsidy use", description = "Fee collection, quarterly publication to residents (R-AGR-4), subsidy-use reports (R-AGR-3)")
@RestController
class ReportController {

    private final ReportService service;

    ReportController(ReportService service) {
        this.service = service;
    }

    @Operation(summary = "Record a month's fee collection", description = "By the company serving the estate that month "
            + "(or the district), for the days it served: one record per estate, month and agreement; replaces them until its "
            + "publication. Collected may not exceed billed, paid households not billed ones; yuan have two decimals. "
            + "agreementId (optional) names the agreement when two served the month; else the caller's, for the district the latest.")
    @PutMapping("/api/estates/{estateId}/fee-collections/{month}")
    FeeCollectionView recordCollection(@PathVariable @Pattern(regexp = Inputs.ID) String estateId,
                                       @PathVariable @Pattern(regexp = Inputs.MONTH) String month,
                                       @Valid @RequestBody CollectionBody body, Caller caller) {
        return FeeCollectionView.of(service.recordCollection(estateId, YearMonth.parse(month), body.toFigures(), body.agreementId(),
                caller));
    }

    @GetMapping("/api/estates/{estateId}/fee-collections")
    List<FeeCollectionView> collections(@PathVariable String estateId, @RequestParam @Pattern(regexp = Inputs.MONTH) String from,
                                        @RequestParam @Pattern(regexp = Inputs.MONTH) String to, Caller caller) {
        return service.collections(estateId, YearMonth.parse(from), YearMonth.parse(to), caller).stream()
                .map(FeeCollectionView::of).toList();
    }

    @Operation(summary = "Publish a quarter's fee collection and use to residents (公示)",
            description = "After the quarter ends, for the days of the quarter the caller's agreement was in force (servedFrom–"
                    + "servedTo), from the months it served; once per estate, quarter and agreement: two companies in one quarter "
                    + "each publish their own part; agreementId (optional) names whose part, else the caller's (for the district the "
                    + "latest).")
    @PostMapping("/api/estates/{estateId}/fee-publications")
    ResponseEntity<PublicationView> publish(@PathVariable String estateId, @Valid @RequestBody PublicationBody body, Caller caller) {
        FeePublication publication = service.publish(estateId, Quarter.parse(body.quarter()), spendings(body.uses()),
                body.agreementId(), caller);
        return ResponseEntity.created(URI.create("/api/fee-publications/" + publication.id())).body(PublicationView.of(publication));
    }

    @GetMapping("/api/estates/{estateId}/fee-publications")
    List<PublicationView> publications(@PathVariable String estateId, Caller caller) {
        return service.publications(estateId, caller).stream().map(PublicationView::of).toList();
    }

    @Operation(summary = "One publication", description = "JSON, or with Accept: text/html the printable notice residents read.")
    @GetMapping(value = "/api/fee-publications/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    PublicationView publication(@PathVariable String id, Caller caller) {
        return PublicationView.of(service.publication(id, caller));
    }

    @GetMapping(value = "/api/fee-publications/{id}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> publicationNotice(@PathVariable String id, Caller caller) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body(PublicationNotice.html(service.publication(id, caller)));
    }

    @Operation(summary = "Report the quarter's use of the government subsidy (R-AGR-3)",
            description = "To the community and the management committee; after the quarter ends; once per estate, quarter and "
                    + "agreement: two companies in one quarter each report their own use; agreementId (optional) names whose, else "
                    + "the caller's (for the district the latest).")
    @PostMapping("/api/estates/{estateId}/subsidy-use-reports")
    ResponseEntity<SubsidyReportView> reportSubsidyUse(@PathVariable String estateId, @Valid @RequestBody SubsidyBody body,
                                                       Caller caller) {
        SubsidyUseReport report = service.reportSubsidyUse(estateId, Quarter.parse(body.quarter()), body.subsidyReceived(),
                spendings(body.uses()), body.agreementId(), caller);
        return ResponseEntity.created(URI.create("/api/subsidy-use-reports/" + report.id())).body(SubsidyReportView.of(report));
    }

    @GetMapping("/api/estates/{estateId}/subsidy-use-reports")
    List<SubsidyReportView> subsidyReports(@PathVariable String estateId, Caller caller) {
        return service.subsidyReports(estateId, caller).stream().map(SubsidyReportView::of).toList();
    }

    @GetMapping("/api/subsidy-use-reports/{id}")
    SubsidyReportView subsidyReport(@PathVariable String id, Caller caller) {
        return SubsidyReportView.of(service.subsidyReport(id, caller));
    }

    private static List<Spending> spendings(List<UseBody> uses) {
        return uses == null ? List.of() : uses.stream().map(u -> new Spending(u.category(), u.amount(), u.note())).toList();
    }

    record CollectionBody(@NotNull @Min(0) @Max(100000) Integer householdsBilled, @NotNull @Min(0) @Max(100000) Integer householdsPaid,
                          @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal amountBilled,
                          @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal amountCollected,
                          @Size(max = 64) @Pattern(regexp = Inputs.ID) String agreementId) {

        ReportService.MonthFigures toFigures() {
            return new ReportService.MonthFigures(householdsBilled, householdsPaid, amountBilled, amountCollected);
        }
    }

    record UseBody(@NotNull SpendingCategory category, @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal amount,
                   @Size(max = 500) String note) {
    }

    record PublicationBody(@NotBlank @Pattern(regexp = Inputs.QUARTER) String quarter, @Size(max = 20) List<@Valid @NotNull UseBody> uses,
                           @Size(max = 64) @Pattern(regexp = Inputs.ID) String agreementId) {
    }

    record SubsidyBody(@NotBlank @Pattern(regexp = Inputs.QUARTER) String quarter,
                       @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal subsidyReceived,
                       @NotNull @Size(min = 1, max = 20) List<@Valid @NotNull UseBody> uses,
                       @Size(max = 64) @Pattern(regexp = Inputs.ID) String agreementId) {
    }

    record FeeCollectionView(String estateId, String month, String companyId, String agreementId, int householdsBilled,
                             int householdsPaid, BigDecimal amountBilled, BigDecimal amountCollected, BigDecimal collectionRate,
                             String recordedBy, Instant recordedAt) {

        static FeeCollectionView of(FeeCollection c) {
            return new FeeCollectionView(c.estateId(), c.month(), c.companyId(), c.agreementId(), c.householdsBilled(),
                    c.householdsPaid(), c.amountBilled(), c.amountCollected(), c.collectionRate(), c.recordedBy(), c.recordedAt());
        }
    }

    record PublicationView(String id, String estateId, String estateName, String street, String community, String companyId,
                           String companyName, String agreementId, String quarter, LocalDate servedFrom, LocalDate servedTo,
                           List<FeeCollectionView> months,
                           List<Spending> uses, FeeFigures figures, Instant publishedAt, String publishedBy) {

        static PublicationView of(FeePublication p) {
            return new PublicationView(p.id(), p.estateId(), p.estateName(), p.street(), p.community(), p.companyId(),
                    p.companyName(), p.agreementId(), p.quarter().toString(), p.servedFrom(), p.servedTo(), p.months().stream().map(FeeCollectionView::of).toList(),
                    p.uses(), p.figures(), p.publishedAt(), p.publishedBy());
        }
    }

    record SubsidyReportView(String id, String estateId, String street, String community, String companyId, String companyName,
                             String agreementId, String quarter, BigDecimal subsidyReceived, List<Spending> uses,
                             BigDecimal totalUsed, BigDecimal unused, List<String> submittedTo, Instant reportedAt,
                             String reportedBy) {

        static SubsidyReportView of(SubsidyUseReport r) {
            return new SubsidyReportView(r.id(), r.estateId(), r.street(), r.community(), r.companyId(), r.companyName(),
                    r.agreementId(), r.quarter().toString(), r.subsidyReceived(), r.uses(), r.totalUsed(), r.unused(),
                    r.submittedTo(), r.reportedAt(), r.reportedBy());
        }
    }
}
