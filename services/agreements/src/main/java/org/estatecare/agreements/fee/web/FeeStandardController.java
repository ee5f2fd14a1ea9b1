package org.estatecare.agreements.fee.web;

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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.estatecare.agreements.agreement.Agreement;
import org.estatecare.events.codes.EstateClass;
import org.estatecare.agreements.fee.EstateFeeClass;
import org.estatecare.agreements.fee.FeeBasis;
import org.estatecare.agreements.fee.FeeStandard;
import org.estatecare.agreements.fee.FeeStandardFilter;
import org.estatecare.agreements.fee.FeeStandards;
import org.estatecare.agreements.web.BusinessDate;
import org.estatecare.kit.web.WellFormedId;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.domain.NotFoundException;
import org.estatecare.kit.security.Caller;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "fee standards", description = "The district's management fee standards (R-AGR-2)")
@RestController
class FeeStandardController {

    private static final SortAllowList SORTABLE = SortAllowList.of(Map.of("estateClass", "estateClass", "basis", "basis",
            "effectiveFrom", "effectiveFrom")).byDefault(Sort.Direction.ASC, "estateClass", "basis", "effectiveFrom");

    private final FeeStandards standards;
    private final Clock clock;

    FeeStandardController(FeeStandards standards, Clock clock) {
        this.standards = standards;
        this.clock = clock;
    }

    @Operation(summary = "Set a fee standard", description = "A band (minimum–maximum yuan) for an estate class and basis, "
            + "in force from a date until a later one for the same class and basis.")
    @PostMapping("/api/fee-standards")
    ResponseEntity<FeeStandard> set(@Valid @RequestBody StandardBody body, Caller caller) {
        FeeStandard standard = standards.set(body.estateClass(), body.basis(), body.minimum(), body.maximum(),
                body.effectiveFrom(), body.document(), caller);
        return ResponseEntity.created(URI.create("/api/fee-standards/" + standard.id())).body(standard);
    }

    @Operation(summary = "List fee standards", description = "Filters: estateClass, basis, inForceOn (only those in force "
            + "that day); sorted by class, basis and first day unless sort= names some of them.")
    @GetMapping("/api/fee-standards")
    PageView<FeeStandard> list(@RequestParam(required = false) EstateClass estateClass,
                               @RequestParam(required = false) FeeBasis basis,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @BusinessDate
                               LocalDate inForceOn,
                               @ParameterObject Pageable page) {
        return PageView.of(standards.search(new FeeStandardFilter(estateClass, basis, inForceOn), SORTABLE.apply(page)), s -> s);
    }

    @Operation(summary = "Put an estate in a fee class from a date", description = "The district decides which standard "
            + "applies to an estate (R-AGR-2): the class applies from `from` until a later decision takes over; a decision "
            + "replaces what had been decided from its day on. Earlier decisions are kept; an event "
            + "(agreements.fee-class.changed) leaves with it.")
    @PutMapping("/api/estates/{estateId}/fee-class")
    EstateClassView classify(@PathVariable @WellFormedId EstateId estateId,
                             @Valid @RequestBody ClassBody body, Caller caller) {
        return EstateClassView.of(standards.classify(estateId, body.estateClass(), body.from(), caller), today());
    }

    @Operation(summary = "An estate's fee classes by period", description = "The class in force today and every period.")
    @GetMapping("/api/estates/{estateId}/fee-class")
    EstateClassView classes(@PathVariable @WellFormedId EstateId estateId) {
        return standards.classesOf(estateId).map(c -> EstateClassView.of(c, today()))
                .orElseThrow(() -> new NotFoundException("estate fee class", estateId.value()));
    }

    private LocalDate today() {
        return Agreement.today(clock.instant());
    }

    record StandardBody(@NotNull EstateClass estateClass, @NotNull FeeBasis basis,
                        @NotNull @DecimalMin("0") @Digits(integer = 6, fraction = 2) BigDecimal minimum,
                        @NotNull @DecimalMin("0") @Digits(integer = 6, fraction = 2) BigDecimal maximum,
                        @NotNull @BusinessDate LocalDate effectiveFrom, @Size(max = 200) String document) {
    }

    /** {@code from}: the first day the class applies. */
    record ClassBody(@NotNull EstateClass estateClass, @NotNull @BusinessDate LocalDate from) {
    }

    /** {@code estateClass}: in force today (null when none yet); {@code periods}: every class with its days. */
    record EstateClassView(EstateId estateId, EstateClass estateClass, List<EstateFeeClass.Spell> periods,
                           List<EstateFeeClass.Decision> decisions) {

        static EstateClassView of(EstateFeeClass c, LocalDate today) {
            return new EstateClassView(c.estateId(), c.on(today).orElse(null), c.periods(), c.decisions());
        }
    }
}
