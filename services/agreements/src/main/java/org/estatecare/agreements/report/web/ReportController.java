package org.estatecare.agreements.report.web;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

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
import org.estatecare.agreements.report.FeeQuarter;
import org.estatecare.agreements.report.FeeQuarterId;
import org.estatecare.kit.time.Quarter;
import org.estatecare.agreements.report.ReportService;
import org.estatecare.agreements.report.Spending;
import org.estatecare.agreements.report.SpendingCategory;
import org.estatecare.agreements.web.Inputs;
import org.estatecare.kit.web.WellFormedId;
import org.estatecare.events.ids.AgreementId;
import org.estatecare.events.ids.CompanyId;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.web.PageView;
import org.estatecare.kit.web.SortAllowList;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
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

    private static final SortAllowList BY_MONTH = SortAllowList.of(Map.of("month", "month")).byDefault(Sort.Direction.ASC, "month");
    private static final SortAllowList BY_QUARTER = SortAllowList.of(Map.of("quarter", "quarter"))
            .byDefault(Sort.Direction.DESC, "quarter");

    private final ReportService service;
    private final PublicationNotice notice;

    ReportController(ReportService service, PublicationNotice notice) {
        this.service = service;
        this.notice = notice;
    }

    @Operation(summary = "Record a month's fee collection", description = "By the company serving the estate that month "
            + "(or the district), for the days it served: one record per estate, month and agreement; replaces them until its "
            + "publication. Collected may not exceed billed, paid households not billed ones; yuan have two decimals. "
            + "agreementId (optional) names the agreement when two served the month; else the caller's, for the district the latest.")
    @PutMapping("/api/estates/{estateId}/fee-collections/{month}")
    FeeCollectionView recordCollection(@PathVariable @WellFormedId EstateId estateId,
                                       @PathVariable @Pattern(regexp = Inputs.MONTH) String month,
                                       @Valid @RequestBody CollectionBody body, Caller caller) {
        return FeeCollectionView.of(service.recordCollection(estateId, YearMonth.parse(month), body.toFigures(), body.agreementId(),
                caller));
    }

    @Operation(summary = "The months recorded for an estate", description = "From one month to another; by month unless sort=month,desc.")
    @GetMapping("/api/estates/{estateId}/fee-collections")
    PageView<FeeCollectionView> collections(@PathVariable @WellFormedId EstateId estateId,
                                            @RequestParam @Pattern(regexp = Inputs.MONTH) String from,
                                            @RequestParam @Pattern(regexp = Inputs.MONTH) String to,
                                            @ParameterObject @PageableDefault(size = 50) Pageable page,
                                            Caller caller) {
        return PageView.of(service.collections(estateId, YearMonth.parse(from), YearMonth.parse(to), BY_MONTH.apply(page), caller),
                FeeCollectionView::of);
    }

    @Operation(summary = "Publish a quarter's fee collection and use to residents (公示)",
            description = "After the quarter ends, for the days of the quarter the caller's agreement was in force (servedFrom–"
                    + "servedTo), from the months it served; once per estate, quarter and agreement: two companies in one quarter "
                    + "each publish their own part; agreementId (optional) names whose part, else the caller's (for the district the "
                    + "latest).")
    @PostMapping("/api/estates/{estateId}/fee-publications")
    ResponseEntity<PublicationView> publish(@PathVariable @WellFormedId EstateId estateId, @Valid @RequestBody PublicationBody body,
                                            Caller caller) {
        FeeQuarter published = service.publish(estateId, Quarter.parse(body.quarter()), spendings(body.uses()), body.agreementId(),
                caller);
        return ResponseEntity.created(URI.create("/api/fee-publications/" + published.id())).body(PublicationView.of(published));
    }

    @Operation(summary = "An estate's fee publications", description = "Latest quarter first unless sort=quarter,asc.")
    @GetMapping("/api/estates/{estateId}/fee-publications")
    PageView<PublicationView> publications(@PathVariable @WellFormedId EstateId estateId,
                                           @ParameterObject Pageable page, Caller caller) {
        return PageView.of(service.publications(estateId, BY_QUARTER.apply(page), caller), PublicationView::of);
    }

    @Operation(summary = "One publication", description = "JSON, or with Accept: text/html the printable notice residents read.")
    @GetMapping(value = "/api/fee-publications/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    PublicationView publication(@PathVariable FeeQuarterId id, Caller caller) {
        return PublicationView.of(service.publication(id, caller));
    }

    @GetMapping(value = "/api/fee-publications/{id}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> publicationNotice(@PathVariable FeeQuarterId id, Caller caller) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(notice.html(service.publication(id, caller)));
    }

    @Operation(summary = "Report the quarter's use of the government subsidy (R-AGR-3)",
            description = "To the community and the management committee; after the quarter ends; once per estate, quarter and "
                    + "agreement: two companies in one quarter each report their own use; agreementId (optional) names whose, else "
                    + "the caller's (for the district the latest).")
    @PostMapping("/api/estates/{estateId}/subsidy-use-reports")
    ResponseEntity<SubsidyReportView> reportSubsidyUse(@PathVariable @WellFormedId EstateId estateId,
                                                       @Valid @RequestBody SubsidyBody body, Caller caller) {
        FeeQuarter reported = service.reportSubsidyUse(estateId, Quarter.parse(body.quarter()), body.subsidyReceived(),
                spendings(body.uses()), body.agreementId(), caller);
        return ResponseEntity.created(URI.create("/api/subsidy-use-reports/" + reported.id())).body(SubsidyReportView.of(reported));
    }

    @Operation(summary = "An estate's subsidy-use reports", description = "Latest quarter first unless sort=quarter,asc.")
    @GetMapping("/api/estates/{estateId}/subsidy-use-reports")
    PageView<SubsidyReportView> subsidyReports(@PathVariable @WellFormedId EstateId estateId,
                                               @ParameterObject Pageable page, Caller caller) {
        return PageView.of(service.subsidyReports(estateId, BY_QUARTER.apply(page), caller), SubsidyReportView::of);
    }

    @GetMapping("/api/subsidy-use-reports/{id}")
    SubsidyReportView subsidyReport(@PathVariable FeeQuarterId id, Caller caller) {
        return SubsidyReportView.of(service.subsidyReport(id, caller));
    }

    private static List<Spending> spendings(List<UseBody> uses) {
        return uses == null ? List.of() : uses.stream().map(u -> new Spending(u.category(), u.amount(), u.note())).toList();
    }

    record CollectionBody(@NotNull @Min(0) @Max(100000) Integer householdsBilled, @NotNull @Min(0) @Max(100000) Integer householdsPaid,
                          @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal amountBilled,
                          @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal amountCollected,
                          @WellFormedId AgreementId agreementId) {

        FeeQuarter.MonthFigures toFigures() {
            return new FeeQuarter.MonthFigures(householdsBilled, householdsPaid, amountBilled, amountCollected);
        }
    }

    record UseBody(@NotNull SpendingCategory category, @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal amount,
                   @Size(max = 500) String note) {
    }

    record PublicationBody(@NotBlank @Pattern(regexp = Inputs.QUARTER) String quarter, @Size(max = 20) List<@Valid @NotNull UseBody> uses,
                           @WellFormedId AgreementId agreementId) {
    }

    record SubsidyBody(@NotBlank @Pattern(regexp = Inputs.QUARTER) String quarter,
                       @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal subsidyReceived,
                       @NotNull @Size(min = 1, max = 20) List<@Valid @NotNull UseBody> uses,
                       @WellFormedId AgreementId agreementId) {
    }

    record FeeCollectionView(EstateId estateId, String month, CompanyId companyId, AgreementId agreementId, int householdsBilled,
                             int householdsPaid, BigDecimal amountBilled, BigDecimal amountCollected, BigDecimal collectionRate,
                             String recordedBy, Instant recordedAt) {

        static FeeCollectionView of(FeeQuarter.RecordedMonth m) {
            FeeCollection c = m.collection();
            return new FeeCollectionView(m.estateId(), c.month(), m.companyId(), m.agreementId(), c.householdsBilled(),
                    c.householdsPaid(), c.amountBilled(), c.amountCollected(), c.collectionRate(), c.recordedBy(), c.recordedAt());
        }
    }

    record PublicationView(FeeQuarterId id, EstateId estateId, String estateName, String street, String community,
                           CompanyId companyId, String companyName, AgreementId agreementId, String quarter, LocalDate servedFrom,
                           LocalDate servedTo, List<FeeCollectionView> months, List<Spending> uses, FeeFigures figures,
                           Instant publishedAt, String publishedBy) {

        static PublicationView of(FeeQuarter q) {
            FeeQuarter.Publication p = q.publication().orElseThrow();
            List<FeeCollectionView> months = q.publishedMonths().stream().map(FeeCollectionView::of).toList();
            return new PublicationView(q.id(), q.estateId(), p.estateName(), q.street(), q.community(), q.companyId(),
                    q.companyName(), q.agreementId(), q.quarter().toString(), p.servedFrom(), p.servedTo(), months, p.uses(),
                    p.figures(), p.publishedAt(), p.publishedBy());
        }
    }

    record SubsidyReportView(FeeQuarterId id, EstateId estateId, String street, String community, CompanyId companyId,
                             String companyName, AgreementId agreementId, String quarter, BigDecimal subsidyReceived,
                             List<Spending> uses, BigDecimal totalUsed, BigDecimal unused, List<String> submittedTo,
                             Instant reportedAt, String reportedBy) {

        static SubsidyReportView of(FeeQuarter q) {
            FeeQuarter.SubsidyUse r = q.subsidyUse().orElseThrow();
            return new SubsidyReportView(q.id(), q.estateId(), q.street(), q.community(), q.companyId(), q.companyName(),
                    q.agreementId(), q.quarter().toString(), r.subsidyReceived(), r.uses(), r.totalUsed(), r.unused(),
                    r.submittedTo(), r.reportedAt(), r.reportedBy());
        }
    }
}
