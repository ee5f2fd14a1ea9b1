package org.estatecare.registry.territory.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.web.ETags;
import org.estatecare.registry.estate.web.SingleLine;
import org.estatecare.registry.territory.DistrictMaintenanceUnits;
import org.estatecare.registry.territory.MaintenanceMethod;
import org.estatecare.registry.territory.ResponsiblePerson;
import org.estatecare.registry.territory.Street;
import org.estatecare.registry.territory.StreetCode;
import org.estatecare.registry.territory.StreetDuties;
import org.estatecare.registry.territory.StreetDutiesService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What each street office answers for: its responsible person (R-STAFF-1), its maintenance method and the units the
 * district names for its estates (R-MAINT-2). Each write answers the whole with its revision as ETag; {@code If-Match}
 * is honoured when sent (412 when stale).
 */
@Tag(name = "streets", description = "The district's street offices and communities")
@RestController
@RequestMapping("/api/streets/{code}")
class StreetDutiesController {

    private final StreetDutiesService service;

    StreetDutiesController(StreetDutiesService service) {
        this.service = service;
    }

    @Operation(summary = "What the street office answers for",
            description = "Its responsible person, maintenance method and the district's maintenance units: those in "
                    + "force today and every version recorded.")
    @GetMapping("/duties")
    ResponseEntity<DutiesView> get(@PathVariable @Pattern(regexp = Street.CODE) String code) {
        return ok(service.get(StreetCode.of(code)), service.today());
    }

    @Operation(summary = "Name the street's responsible person (street office, district; R-STAFF-1)",
            description = "Appointed on a day not after today and not before the person named now (422).")
    @PutMapping("/responsible-person")
    ResponseEntity<DutiesView> nameResponsiblePerson(@PathVariable @Pattern(regexp = Street.CODE) String code,
                                                     @Valid @RequestBody PersonBody body,
                                                     @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                     Caller caller) {
        return ok(service.nameResponsiblePerson(StreetCode.of(code), body.name().strip(), body.position().strip(),
                body.workPhone(), body.appointedOn(), ETags.ifMatch(ifMatch), caller), service.today());
    }

    @Operation(summary = "Adopt the street's maintenance method (维修养护办法; street office, district; R-MAINT-2)",
            description = "In force from a day at most a year ahead; earlier versions are kept.")
    @PutMapping("/maintenance-method")
    ResponseEntity<DutiesView> adoptMaintenanceMethod(@PathVariable @Pattern(regexp = Street.CODE) String code,
                                                      @Valid @RequestBody MethodBody body,
                                                      @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                      Caller caller) {
        return ok(service.adoptMaintenanceMethod(StreetCode.of(code), body.title().strip(), body.reference().strip(),
                body.effectiveFrom(), body.summary(), ETags.ifMatch(ifMatch), caller), service.today());
    }

    @Operation(summary = "Name the district's maintenance units for the street's estates (district; R-MAINT-2)",
            description = "The units maintaining shared facilities after their warranty, the paths between buildings and "
                    + "the street lights, funded by the district, from a day at most a year ahead, by a decision.")
    @PutMapping("/district-maintenance-units")
    ResponseEntity<DutiesView> nameDistrictUnits(@PathVariable @Pattern(regexp = Street.CODE) String code,
                                                 @Valid @RequestBody UnitsBody body,
                                                 @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                 Caller caller) {
        return ok(service.nameDistrictUnits(StreetCode.of(code), body.sharedFacilitiesUnit().strip(),
                body.pathsUnit().strip(), body.streetLightsUnit().strip(), body.effectiveFrom(),
                body.decisionReference().strip(), ETags.ifMatch(ifMatch), caller), service.today());
    }

    private static ResponseEntity<DutiesView> ok(StreetDuties duties, LocalDate today) {
        return ResponseEntity.ok().eTag(ETags.of(duties.revision())).body(DutiesView.of(duties, today));
    }

    record PersonBody(@NotBlank @Size(max = 50) @SingleLine String name, @NotBlank @Size(max = 100) @SingleLine String position,
                      @Size(max = 30) @Pattern(regexp = "^[0-9+][0-9 -]{4,29}$") String workPhone,
                      @NotNull LocalDate appointedOn) {
    }

    record MethodBody(@NotBlank @Size(max = 200) @SingleLine String title, @NotBlank @Size(max = 100) @SingleLine String reference,
                      @NotNull LocalDate effectiveFrom, @Size(max = 4000) String summary) {
    }

    record UnitsBody(@NotBlank @Size(max = 100) @SingleLine String sharedFacilitiesUnit,
                     @NotBlank @Size(max = 100) @SingleLine String pathsUnit,
                     @NotBlank @Size(max = 100) @SingleLine String streetLightsUnit, @NotNull LocalDate effectiveFrom,
                     @NotBlank @Size(max = 100) @SingleLine String decisionReference) {
    }

    /** The versions in force today, and every version recorded, oldest first. */
    record DutiesView(String street, long revision, ResponsiblePerson responsiblePerson, MaintenanceMethod maintenanceMethod,
                      DistrictMaintenanceUnits districtMaintenanceUnits, List<ResponsiblePerson> responsiblePersons,
                      List<MaintenanceMethod> maintenanceMethods, List<DistrictMaintenanceUnits> districtMaintenanceUnitsHistory) {

        static DutiesView of(StreetDuties d, LocalDate today) {
            return new DutiesView(d.id().value(), d.revision(), d.responsiblePersonOn(today).orElse(null),
                    d.maintenanceMethodOn(today).orElse(null), d.districtUnitsOn(today).orElse(null), d.responsiblePersons(),
                    d.maintenanceMethods(), d.districtUnits());
        }
    }
}
