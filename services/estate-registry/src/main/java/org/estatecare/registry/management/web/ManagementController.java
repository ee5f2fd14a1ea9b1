package org.estatecare.registry.management.web;

import org.estatecare.events.codes.BasicService;
import org.estatecare.events.ids.EstateId;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.estatecare.events.codes.ManagementMode;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.web.ETags;
import org.estatecare.registry.estate.Committee;
import org.estatecare.registry.estate.CommitteeCapacity;
import org.estatecare.registry.estate.CommitteeMember;
import org.estatecare.registry.estate.Decision;
import org.estatecare.registry.estate.Maintenance;
import org.estatecare.registry.estate.ServiceProvider;
import org.estatecare.registry.estate.ServiceProviderKind;
import org.estatecare.events.codes.Facility;
import org.estatecare.kit.web.InvalidParameterException;
import org.estatecare.registry.estate.web.EstateView;
import org.estatecare.registry.estate.web.SingleLine;
import org.estatecare.registry.management.ManagementService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "management", description = "Management mode, management committee, maintenance units, basic-service providers")
@RestController
@RequestMapping("/api/estates/{id}")
class ManagementController {

    private final ManagementService management;

    ManagementController(ManagementService management) {
        this.management = management;
    }

    @Operation(summary = "Set the management mode from a date (R-MODE-1)",
            description = "For an estate in the scheme. The decision is recorded and announced (ManagementModeChanged, "
                    + "carrying effectiveFrom) when it is made; a date after today schedules the mode: the current one "
                    + "stays in force until then. The date lies after the start of the last decided mode, before a "
                    + "decided exit, and at most one year after today.")
    @PostMapping("/management-mode")
    ResponseEntity<EstateView> changeMode(@PathVariable EstateId id, @Valid @RequestBody ModeChange body,
                                          @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                          Caller caller) {
        return EstateView.ok(management.changeMode(id, body.mode(), body.effectiveFrom(),
                new Decision(caller.username(), body.documents(), body.note()), ETags.ifMatch(ifMatch), caller));
    }

    @Operation(summary = "Appoint the management committee, or record that the residents' committee acts for it (R-COMM-1)",
            description = "Either residentsCommitteeActs: true (no management committee exists; the residents' committee acts "
                    + "and signs the service agreement), or the members of the management committee, each with the capacity "
                    + "they sit in (GET /api/codes/estates, committeeCapacity). The committee is made up of at least one "
                    + "PROPERTY_OWNER (owner or owner unit), the RESIDENTS_COMMITTEE and at least one RESIDENT_REPRESENTATIVE; "
                    + "otherwise 422 naming R-COMM-1 and each missing capacity. The signing party follows the committee and "
                    + "is announced (ManagementCommitteeChanged).")
    @PostMapping("/management-committee")
    ResponseEntity<EstateView> appointCommittee(@PathVariable EstateId id, @Valid @RequestBody CommitteeBody body,
                                                @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                Caller caller) {
        boolean residentsCommitteeActs = Boolean.TRUE.equals(body.residentsCommitteeActs());
        if (residentsCommitteeActs && !body.members().isEmpty()) {
            throw new InvalidParameterException("members", "the acting residents' committee is not given members");
        }
        Committee committee = residentsCommitteeActs
                ? Committee.actingResidentsCommittee()
                : Committee.management(body.members().stream().map(m -> new CommitteeMember(m.name().strip(), m.capacity())).toList());
        return EstateView.ok(management.appointCommittee(id, committee, new Decision(caller.username(), body.documents(), body.note()),
                ETags.ifMatch(ifMatch), caller));
    }

    @Operation(summary = "Name the maintenance units and the warranty ends (R-MAINT-1)",
            description = "The fire-equipment and lift units, the shared facilities' warranty end, and per facility its own "
                    + "warranty end and the unit bound by it (one per facility; not before the renovation's acceptance). "
                    + "The whole replaces what was named before and is announced (estates.estate.maintenance-named): a "
                    + "repair complaint goes to the warranty unit up to the warranty's end.")
    @PostMapping("/maintenance")
    ResponseEntity<EstateView> nameMaintenance(@PathVariable EstateId id, @Valid @RequestBody MaintenanceBody body,
                                               @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                               Caller caller) {
        List<Maintenance.Warranty> warranties = body.warranties().stream()
                .map(w -> new Maintenance.Warranty(w.facility(), w.endsOn(), w.unit() == null ? null : w.unit().strip())).toList();
        if (warranties.stream().map(Maintenance.Warranty::facility).distinct().count() < warranties.size()) {
            throw new InvalidParameterException("warranties", "one warranty per facility");
        }
        return EstateView.ok(management.nameMaintenance(id, new Maintenance(body.fireEquipmentUnit(), body.liftUnit(),
                        body.sharedFacilityWarrantyEndsOn(), warranties), new Decision(caller.username(), body.documents(),
                        body.note()), ETags.ifMatch(ifMatch), caller));
    }

    @Operation(summary = "Name who provides each basic service where no company does (R-SCOPE-1)",
            description = "For an estate in the scheme whose mode is owner self-management or residents' self-governance: "
                    + "gate duty, patrols, cleaning and parking, each with the kind of provider (GET /api/codes/estates, "
                    + "serviceProviderKind) and its name, all four at once (one per service). The whole replaces what was named "
                    + "before and is kept in the estate's history. 422 naming R-SCOPE-1 for an estate outside the scheme, in "
                    + "company mode, or with a service left without a provider. The estate shows the services nobody provides "
                    + "today (unprovidedServices).")
    @PostMapping("/basic-service-providers")
    ResponseEntity<EstateView> nameServiceProviders(@PathVariable EstateId id, @Valid @RequestBody ProvidersBody body,
                                                    @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                    Caller caller) {
        List<ServiceProvider> providers = body.providers().stream()
                .map(p -> new ServiceProvider(p.service(), p.kind(), p.name().strip())).toList();
        if (providers.stream().map(ServiceProvider::service).distinct().count() < providers.size()) {
            throw new InvalidParameterException("providers", "one provider per basic service");
        }
        return EstateView.ok(management.nameServiceProviders(id, providers, new Decision(caller.username(), body.documents(),
                body.note()), ETags.ifMatch(ifMatch), caller));
    }

    record ProvidersBody(@NotNull @Size(min = 1, max = 4) List<@Valid @NotNull ProviderBody> providers,
                         @Size(max = 20) List<@NotBlank @Size(max = 200) @SingleLine String> documents, @Size(max = 2000) String note) {
    }

    record ProviderBody(@NotNull BasicService service, @NotNull ServiceProviderKind kind,
                        @NotBlank @Size(max = 100) @SingleLine String name) {
    }

    record ModeChange(@NotNull ManagementMode mode, @NotNull LocalDate effectiveFrom,
                      @Size(max = 20) List<@NotBlank @Size(max = 200) @SingleLine String> documents, @Size(max = 2000) String note) {
    }

    /** Either {@code residentsCommitteeActs: true} or a member list for a management committee. */
    record CommitteeBody(Boolean residentsCommitteeActs, @Size(max = 50) List<@Valid @NotNull Member> members,
                         @Size(max = 20) List<@NotBlank @Size(max = 200) @SingleLine String> documents, @Size(max = 2000) String note) {
        CommitteeBody {
            members = members == null ? List.of() : members;
        }
    }

    record Member(@NotBlank @Size(max = 50) @SingleLine String name, @NotNull CommitteeCapacity capacity) {
    }

    record MaintenanceBody(@Size(max = 100) @SingleLine String fireEquipmentUnit, @Size(max = 100) @SingleLine String liftUnit,
                           LocalDate sharedFacilityWarrantyEndsOn, @Size(max = 20) List<@Valid @NotNull WarrantyBody> warranties,
                           @Size(max = 20) List<@NotBlank @Size(max = 200) @SingleLine String> documents, @Size(max = 2000) String note) {
        MaintenanceBody {
            warranties = warranties == null ? List.of() : warranties;
        }
    }

    record WarrantyBody(@NotNull Facility facility, @NotNull LocalDate endsOn, @Size(max = 100) @SingleLine String unit) {
    }
}
