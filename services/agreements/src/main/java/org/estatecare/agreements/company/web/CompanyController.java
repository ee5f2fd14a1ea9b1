package org.estatecare.agreements.company.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.estatecare.agreements.company.CompanyAccess;
import org.estatecare.agreements.company.CompanyFilter;
import org.estatecare.agreements.company.CompanyService;
import org.estatecare.agreements.company.CompanyStatus;
import org.estatecare.agreements.company.ServiceCompany;
import org.estatecare.agreements.web.Inputs;
import org.estatecare.kit.web.WellFormedId;
import org.estatecare.events.ids.CompanyId;
import org.estatecare.kit.domain.HistoryEntry;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.web.Coded;
import org.estatecare.kit.web.ETags;
import org.estatecare.kit.web.PageView;
import org.estatecare.kit.web.SortAllowList;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "companies", description = "The register of property service companies")
@RestController
@RequestMapping("/api/companies")
class CompanyController {

    private static final SortAllowList SORTABLE = SortAllowList.of(Map.of("name", "name", "status", "status",
            "registeredAt", "registeredAt")).byDefault(Sort.Direction.ASC, "name");

    private final CompanyService service;
    private final CompanyAccess access;

    CompanyController(CompanyService service, CompanyAccess access) {
        this.service = service;
        this.access = access;
    }

    @Operation(summary = "Register a company", description = "The id is the code its users carry as company_id; "
            + "the unified social credit code is checked (GB 32100-2015) and belongs to one company.")
    @PostMapping
    ResponseEntity<CompanyView> register(@Valid @RequestBody Registration body, Caller caller) {
        ServiceCompany company = service.register(body.id(), body.toFacts(), caller);
        return ResponseEntity.created(URI.create("/api/companies/" + company.id())).eTag(ETags.of(company.revision()))
                .body(view(company, caller));
    }

    @GetMapping("/{id}")
    ResponseEntity<CompanyView> get(@PathVariable @WellFormedId(pattern = Inputs.COMPANY_ID) CompanyId id, Caller caller) {
        return ok(service.get(id, caller), caller);
    }

    @Operation(summary = "List companies", description = "Filters: status, part of the name; sorted by name unless sort= "
            + "names one of name, status, registeredAt.")
    @GetMapping
    PageView<CompanyView> list(@RequestParam(required = false) CompanyStatus status,
                               @RequestParam(required = false) @Size(max = 50) String name,
                               @ParameterObject Pageable page, Caller caller) {
        return PageView.of(service.list(new CompanyFilter(status, name), SORTABLE.apply(page), caller), c -> view(c, caller));
    }

    @Operation(summary = "Replace a company's facts", description = "Needs If-Match; the credit code cannot change.")
    @PutMapping("/{id}")
    ResponseEntity<CompanyView> change(@PathVariable @WellFormedId(pattern = Inputs.COMPANY_ID) CompanyId id, @Valid @RequestBody FactsBody body,
                                       @RequestHeader(value = "If-Match", required = false) String ifMatch, Caller caller) {
        return ok(service.change(id, body.toFacts(), ETags.ifMatchRequired(ifMatch), caller), caller);
    }

    @Operation(summary = "Suspend: the company signs no new agreements until reinstated")
    @PostMapping("/{id}/suspension")
    ResponseEntity<CompanyView> suspend(@PathVariable @WellFormedId(pattern = Inputs.COMPANY_ID) CompanyId id, @Valid @RequestBody Reason body,
                                        @RequestHeader(value = "If-Match", required = false) String ifMatch, Caller caller) {
        return ok(service.suspend(id, body.reason(), ETags.ifMatch(ifMatch), caller), caller);
    }

    @PostMapping("/{id}/reinstatement")
    ResponseEntity<CompanyView> reinstate(@PathVariable @WellFormedId(pattern = Inputs.COMPANY_ID) CompanyId id, @Valid @RequestBody Reason body,
                                          @RequestHeader(value = "If-Match", required = false) String ifMatch, Caller caller) {
        return ok(service.reinstate(id, body.reason(), ETags.ifMatch(ifMatch), caller), caller);
    }

    @Operation(summary = "Deregister (final)", description = "Refused while the company holds agreements in force or signed.")
    @PostMapping("/{id}/deregistration")
    ResponseEntity<CompanyView> deregister(@PathVariable @WellFormedId(pattern = Inputs.COMPANY_ID) CompanyId id, @Valid @RequestBody Reason body,
                                           @RequestHeader(value = "If-Match", required = false) String ifMatch, Caller caller) {
        return ok(service.deregister(id, body.reason(), ETags.ifMatch(ifMatch), caller), caller);
    }

    private ResponseEntity<CompanyView> ok(ServiceCompany company, Caller caller) {
        return ResponseEntity.ok().eTag(ETags.of(company.revision())).body(view(company, caller));
    }

    private CompanyView view(ServiceCompany company, Caller caller) {
        return CompanyView.of(company, access.maySeeContacts(caller, company));
    }

    /** {@code id}: the code the company's users carry as {@code company_id}. */
    record Registration(@NotNull @WellFormedId(pattern = Inputs.NEW_COMPANY_ID) CompanyId id,
                        @NotBlank @Size(max = 100) String name, @NotBlank @Size(min = 18, max = 18) String creditCode,
                        @NotBlank @Size(max = 50) String legalRepresentative, @Size(max = 200) String address,
                        @Size(max = 10) List<@Valid @NotNull ContactBody> contacts) {

        ServiceCompany.Facts toFacts() {
            return new FactsBody(name, creditCode, legalRepresentative, address, contacts).toFacts();
        }
    }

    record FactsBody(@NotBlank @Size(max = 100) String name, @NotBlank @Size(min = 18, max = 18) String creditCode,
                     @NotBlank @Size(max = 50) String legalRepresentative, @Size(max = 200) String address,
                     @Size(max = 10) List<@Valid @NotNull ContactBody> contacts) {

        ServiceCompany.Facts toFacts() {
            return new ServiceCompany.Facts(name, creditCode, legalRepresentative, address,
                    contacts == null ? List.of() : contacts.stream()
                            .map(c -> new ServiceCompany.Contact(c.name(), c.role(), c.phone())).toList());
        }
    }

    record ContactBody(@NotBlank @Size(max = 50) String name, @Size(max = 50) String role,
                       @NotBlank @Pattern(regexp = "[0-9+\\- ]{5,20}") String phone) {
    }

    record Reason(@NotBlank @Size(max = 2000) String reason) {
    }

    /** A company as one caller may see it: contacts only for those who work with it. */
    record CompanyView(CompanyId id, long revision, String name, String creditCode, String legalRepresentative,
                       String address, List<ServiceCompany.Contact> contacts, Coded status, Instant registeredAt,
                       List<HistoryEntry<CompanyStatus>> history) {

        static CompanyView of(ServiceCompany c, boolean withContacts) {
            return new CompanyView(c.id(), c.revision(), c.name(), c.creditCode(), c.legalRepresentative(), c.address(),
                    withContacts ? c.contacts() : null,
                    Coded.of(c.status()), c.registeredAt(), c.history());
        }
    }
}
