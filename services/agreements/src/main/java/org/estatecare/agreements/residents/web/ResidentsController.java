package org.estatecare.agreements.residents.web;

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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.estatecare.agreements.residents.Damage;
import org.estatecare.agreements.residents.Household;
import org.estatecare.agreements.residents.ResidentsRecordId;
import org.estatecare.agreements.residents.ResidentsService;
import org.estatecare.events.codes.Facility;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.web.Coded;
import org.estatecare.kit.web.ETags;
import org.estatecare.kit.web.InvalidParameterException;
import org.estatecare.kit.web.PageView;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Residents' fee accounts and their liability for damage (R-RES-1). A household's account (bills, payments, reminders,
 * arrears) is the household's and its company's only; the estate's totals are for the district, its street, its company,
 * auditors and finance. Damage to buildings and shared facilities names one liable party and follows the repair to what
 * was recovered.
 */
@Tag(name = "residents", description = "Households' fee accounts and damage to buildings and shared facilities (R-RES-1)")
@RestController
class ResidentsController {

    private static final String ONE_LINE = "[^\\p{Cntrl}]*";
    private static final String PART = "^[0-9A-Za-z\\u4e00-\\u9fa5][0-9A-Za-z\\u4e00-\\u9fa5-]{0,19}$";
    private static final String USERNAME = "^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$";

    private final ResidentsService service;

    ResidentsController(ResidentsService service) {
        this.service = service;
    }

    @Operation(summary = "Open a household's fee account (the company serving the estate)",
            description = "Building, unit and room (unique in the estate, 409 otherwise), the monthly fee, and the resident logins that see it.")
    @PostMapping("/api/estates/{estateId}/households")
    ResponseEntity<HouseholdView> open(@PathVariable EstateId estateId, @Valid @RequestBody HouseholdRequest body, Caller caller) {
        Household household = service.open(estateId, body.building(), body.unit(), body.room(), body.feePerMonth(),
                body.residents() == null ? List.of() : body.residents(), caller);
        return ResponseEntity.created(URI.create("/api/estates/" + estateId + "/households/" + household.id()))
                .eTag(ETags.of(household.revision())).body(HouseholdView.of(household, service));
    }

    @Operation(summary = "The estate's households the caller may see: all for its company, a resident's own for a resident")
    @GetMapping("/api/estates/{estateId}/households")
    PageView<HouseholdView> households(@PathVariable EstateId estateId, @ParameterObject Pageable page, Caller caller) {
        return PageView.of(service.households(estateId, caller).stream().map(h -> HouseholdView.of(h, service)).toList(), page);
    }

    @Operation(summary = "A household's account: bills, payments, reminders, and where it stands today")
    @GetMapping("/api/estates/{estateId}/households/{id}")
    ResponseEntity<HouseholdView> household(@PathVariable EstateId estateId, @PathVariable ResidentsRecordId id, Caller caller) {
        Household household = service.household(estateId, id, caller);
        return ResponseEntity.ok().eTag(ETags.of(household.revision())).body(HouseholdView.of(household, service));
    }

    @Operation(summary = "Bill a month (the company), once; not a month ahead")
    @PostMapping("/api/estates/{estateId}/households/{id}/bills")
    ResponseEntity<HouseholdView> bill(@PathVariable EstateId estateId, @PathVariable ResidentsRecordId id, @Valid @RequestBody BillRequest body,
                                       @RequestHeader(value = "If-Match", required = false) String ifMatch, Caller caller) {
        return ok(service.bill(estateId, id, month(body.month()), body.amount(), ETags.ifMatch(ifMatch), caller));
    }

    @Operation(summary = "Record a payment with its receipt (the company); one use per receipt, not dated ahead")
    @PostMapping("/api/estates/{estateId}/households/{id}/payments")
    ResponseEntity<HouseholdView> pay(@PathVariable EstateId estateId, @PathVariable ResidentsRecordId id, @Valid @RequestBody PaymentRequest body,
                                      @RequestHeader(value = "If-Match", required = false) String ifMatch, Caller caller) {
        return ok(service.pay(estateId, id, body.paidOn(), body.amount(), body.receipt().strip(), ETags.ifMatch(ifMatch), caller));
    }

    @Operation(summary = "Note a reminder to pay (the company): by NOTICE, PHONE or VISIT")
    @PostMapping("/api/estates/{estateId}/households/{id}/reminders")
    ResponseEntity<HouseholdView> remind(@PathVariable EstateId estateId, @PathVariable ResidentsRecordId id,
                                         @Valid @RequestBody ReminderRequest body,
                                         @RequestHeader(value = "If-Match", required = false) String ifMatch, Caller caller) {
        return ok(service.remind(estateId, id, body.on(), body.channel().name(), body.note() == null ? null : body.note().strip(),
                ETags.ifMatch(ifMatch), caller));
    }

    @Operation(summary = "The estate's fee totals for a month, behind its monthly figures: households, billed, paid, arrears",
            description = "No household is named. For the district, the estate's street office, its company, auditors and finance.")
    @GetMapping("/api/estates/{estateId}/household-arrears")
    ResidentsService.EstateArrears arrears(@PathVariable EstateId estateId, @RequestParam String month, Caller caller) {
        return service.arrears(estateId, month(month), caller);
    }

    @Operation(summary = "Record damage to a building or a shared facility (the company, the street office, the district)",
            description = "Exactly one liable party: a household of the estate (liableHouseholdId) or an outside party (liableParty).")
    @PostMapping("/api/estates/{estateId}/damages")
    ResponseEntity<DamageView> recordDamage(@PathVariable EstateId estateId, @Valid @RequestBody DamageRequest body, Caller caller) {
        Damage damage = service.recordDamage(estateId, body.facility(), body.description().strip(), body.foundOn(), body.liableHouseholdId(),
                body.liableParty() == null || body.liableParty().isBlank() ? null : body.liableParty().strip(), caller);
        return ResponseEntity.created(URI.create("/api/estates/" + estateId + "/damages/" + damage.id())).eTag(ETags.of(damage.revision()))
                .body(DamageView.of(damage));
    }

    @GetMapping("/api/estates/{estateId}/damages")
    PageView<DamageView> damages(@PathVariable EstateId estateId, @ParameterObject Pageable page, Caller caller) {
        return PageView.of(service.damages(estateId, caller).stream().map(DamageView::of).toList(), page);
    }

    @GetMapping("/api/estates/{estateId}/damages/{id}")
    ResponseEntity<DamageView> damage(@PathVariable EstateId estateId, @PathVariable ResidentsRecordId id, Caller caller) {
        Damage damage = service.damage(estateId, id, caller);
        return ok(damage);
    }

    @Operation(summary = "Record the repair and its cost, once")
    @PostMapping("/api/estates/{estateId}/damages/{id}/repair")
    ResponseEntity<DamageView> repaired(@PathVariable EstateId estateId, @PathVariable ResidentsRecordId id,
                                        @Valid @RequestBody RepairRequest body,
                                        @RequestHeader(value = "If-Match", required = false) String ifMatch, Caller caller) {
        Damage damage = service.repaired(estateId, id, body.repairedOn(), body.cost(), ETags.ifMatch(ifMatch), caller);
        return ok(damage);
    }

    @Operation(summary = "Record money recovered from the liable party; never more in all than the repair cost")
    @PostMapping("/api/estates/{estateId}/damages/{id}/recoveries")
    ResponseEntity<DamageView> recovered(@PathVariable EstateId estateId, @PathVariable ResidentsRecordId id,
                                         @Valid @RequestBody RecoveryRequest body,
                                         @RequestHeader(value = "If-Match", required = false) String ifMatch, Caller caller) {
        Damage damage = service.recovered(estateId, id, body.recoveredOn(), body.amount(), ETags.ifMatch(ifMatch), caller);
        return ok(damage);
    }

    private static ResponseEntity<DamageView> ok(Damage damage) {
        return ResponseEntity.ok().eTag(ETags.of(damage.revision())).body(DamageView.of(damage));
    }

    private ResponseEntity<HouseholdView> ok(Household household) {
        return ResponseEntity.ok().eTag(ETags.of(household.revision())).body(HouseholdView.of(household, service));
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text);
        } catch (java.time.format.DateTimeParseException | NullPointerException e) {
            throw new InvalidParameterException("month", "a month written YYYY-MM");
        }
    }

    enum ReminderChannel { NOTICE, PHONE, VISIT }

    record HouseholdRequest(@NotBlank @Pattern(regexp = PART) String building, @NotBlank @Pattern(regexp = PART) String unit,
                            @NotBlank @Pattern(regexp = PART) String room,
                            @NotNull @DecimalMin("0") @Digits(integer = 9, fraction = 2) BigDecimal feePerMonth,
                            @Size(max = 10) List<@NotBlank @Pattern(regexp = USERNAME) String> residents) {
    }

    record BillRequest(@NotBlank @Pattern(regexp = "^\\d{4}-\\d{2}$") String month,
                       @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 9, fraction = 2) BigDecimal amount) {
    }

    record PaymentRequest(@NotNull LocalDate paidOn,
                          @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 9, fraction = 2) BigDecimal amount,
                          @NotBlank @Size(max = 64) @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9-]*$") String receipt) {
    }

    record ReminderRequest(@NotNull LocalDate on, @NotNull ReminderChannel channel, @Size(max = 500) @Pattern(regexp = ONE_LINE) String note) {
    }

    record DamageRequest(@NotNull Facility facility, @NotBlank @Size(max = 1000) String description, @NotNull LocalDate foundOn,
                         ResidentsRecordId liableHouseholdId, @Size(max = 100) @Pattern(regexp = ONE_LINE) String liableParty) {
    }

    record RepairRequest(@NotNull LocalDate repairedOn, @NotNull @DecimalMin("0") @Digits(integer = 9, fraction = 2) BigDecimal cost) {
    }

    record RecoveryRequest(@NotNull LocalDate recoveredOn,
                           @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 9, fraction = 2) BigDecimal amount) {
    }

    record HouseholdView(ResidentsRecordId id, long revision, EstateId estateId, String building, String unit, String room,
                         BigDecimal feePerMonth, List<String> residents, Household.Standing standing, List<Household.Bill> bills,
                         List<Household.Payment> payments, List<Household.Reminder> reminders, String openedBy, Instant openedAt) {

        static HouseholdView of(Household h, ResidentsService service) {
            return new HouseholdView(h.id(), h.revision(), h.estateId(), h.building(), h.unit(), h.room(), h.feePerMonth(), h.residents(),
                    h.standingOn(service.today()), h.bills(), h.payments(), h.reminders(),
                    h.openedBy(), h.openedAt());
        }
    }

    record DamageView(ResidentsRecordId id, long revision, EstateId estateId, Coded facility, String description, LocalDate foundOn,
                      ResidentsRecordId liableHouseholdId, String liableParty, Damage.Repair repair, List<Damage.Recovery> recoveries,
                      BigDecimal recovered, String recordedBy, Instant recordedAt) {

        static DamageView of(Damage d) {
            return new DamageView(d.id(), d.revision(), d.estateId(), Coded.of(d.facility()), d.description(), d.foundOn(),
                    d.liableHousehold() == null ? null : new ResidentsRecordId(d.liableHousehold()), d.liableParty(), d.repair(),
                    d.recoveries(), d.recovered(), d.recordedBy(), d.recordedAt());
        }
    }
}
