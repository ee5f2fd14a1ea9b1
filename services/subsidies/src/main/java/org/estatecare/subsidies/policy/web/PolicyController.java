package org.estatecare.subsidies.policy.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.estatecare.events.codes.EstateClass;
import org.estatecare.events.codes.Grade;
import org.estatecare.events.codes.ManagementMode;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.web.ETags;
import org.estatecare.subsidies.policy.PolicyService;
import org.estatecare.subsidies.policy.RateUnit;
import org.estatecare.subsidies.policy.Share;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The district's subsidy policy (R-SUB-1, R-SUB-2, R-SUB-3): rates, grade factors, named recipients and street
 * budgets. Decisions are added, never changed: a rate for a day already decided corrects it, and the next run adjusts
 * what the corrected rate allocated. Every decision needs If-Match with the policy's ETag.
 */
@Tag(name = "subsidy policy", description = "Subsidy rates, grade factors, named recipients and street budgets")
@RestController
@RequestMapping("/api/subsidy-policy")
class PolicyController {

    static final String STREET_CODE = "^[a-z0-9][a-z0-9-]{1,39}$";

    private final PolicyService service;

    PolicyController(PolicyService service) {
        this.service = service;
    }

    @Operation(summary = "Read the policy", description = "Every decision with its version; the ETag is the policy's.")
    @GetMapping
    ResponseEntity<PolicyView> read(Caller caller) {
        return PolicyView.ok(service.read(caller));
    }

    @Operation(summary = "Decide a rate (district)", description = "A share's monthly rate for an estate class, per m² of "
            + "floor area (at most 4 decimals) or per household (at most 2), from a day on. Needs If-Match.")
    @PostMapping("/rates")
    ResponseEntity<PolicyView> rate(@Valid @RequestBody RateBody body,
                                    @RequestHeader(value = "If-Match", required = false) String ifMatch, Caller caller) {
        return PolicyView.ok(service.decideRate(body.share(), body.estateClass(), body.unit(), body.amount(),
                body.effectiveFrom(), ETags.ifMatchRequired(ifMatch), caller));
    }

    @Operation(summary = "Decide the grade factors (district)", description = "The share of the district subsidy each "
            + "grade earns (0–1, never more for a worse grade), from the first day of a month. Needs If-Match.")
    @PostMapping("/grade-factors")
    ResponseEntity<PolicyView> factors(@Valid @RequestBody FactorsBody body,
                                       @RequestHeader(value = "If-Match", required = false) String ifMatch, Caller caller) {
        Map<Grade, BigDecimal> factors = new EnumMap<>(Grade.class);
        put(factors, Grade.EXCELLENT, body.excellent());
        put(factors, Grade.GOOD, body.good());
        put(factors, Grade.PASS, body.pass());
        put(factors, Grade.FAIL, body.fail());
        return PolicyView.ok(service.decideGradeFactors(factors, body.effectiveFrom(), ETags.ifMatchRequired(ifMatch), caller));
    }

    @Operation(summary = "Name the recipient for a mode (district)", description = "Who receives the subsidy of estates "
            + "managed by their owner or by the residents (no company), from a day on. Needs If-Match.")
    @PostMapping("/recipients")
    ResponseEntity<PolicyView> recipient(@Valid @RequestBody RecipientBody body,
                                         @RequestHeader(value = "If-Match", required = false) String ifMatch, Caller caller) {
        return PolicyView.ok(service.nameRecipient(body.mode(), body.code(), body.name().strip(), body.effectiveFrom(),
                ETags.ifMatchRequired(ifMatch), caller));
    }

    @Operation(summary = "Set a street's budget (district)", description = "The street's district subsidy budget for a "
            + "calendar year; a run that would exceed it is flagged, not cut. Needs If-Match.")
    @PostMapping("/budgets")
    ResponseEntity<PolicyView> budget(@Valid @RequestBody BudgetBody body,
                                      @RequestHeader(value = "If-Match", required = false) String ifMatch, Caller caller) {
        return PolicyView.ok(service.setBudget(body.street(), body.year(), body.amount(), ETags.ifMatchRequired(ifMatch),
                caller));
    }

    private static void put(Map<Grade, BigDecimal> factors, Grade grade, BigDecimal factor) {
        if (factor != null) {
            factors.put(grade, factor);
        }
    }

    record RateBody(@NotNull Share share, @NotNull EstateClass estateClass, @NotNull RateUnit unit,
                    @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "100000", inclusive = false)
                    @Digits(integer = 5, fraction = 4) BigDecimal amount,
                    @NotNull LocalDate effectiveFrom) {
    }

    record FactorsBody(@NotNull @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 4) BigDecimal excellent,
                       @NotNull @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 4) BigDecimal good,
                       @NotNull @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 4) BigDecimal pass,
                       @NotNull @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 4) BigDecimal fail,
                       @NotNull LocalDate effectiveFrom) {
    }

    record RecipientBody(@NotNull ManagementMode mode, @NotNull @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$") String code,
                         @NotBlank @Size(max = 100) @Pattern(regexp = "^[^\\p{Cntrl}]+$") String name,
                         @NotNull LocalDate effectiveFrom) {
    }

    record BudgetBody(@NotNull @Pattern(regexp = STREET_CODE) String street, @NotNull @Min(2000) @Max(2100) Integer year,
                      @NotNull @DecimalMin("0") @Digits(integer = 11, fraction = 2) BigDecimal amount) {
    }
}
