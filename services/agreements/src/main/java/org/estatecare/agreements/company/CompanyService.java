package org.estatecare.agreements.company;

import java.time.Clock;
import java.util.OptionalLong;

import org.estatecare.events.ids.CompanyId;
import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.Violation;
import org.estatecare.kit.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The district keeps the register of service companies; everyone signed in reads it. */
@Service
public class CompanyService {

    private static final Logger log = LoggerFactory.getLogger(CompanyService.class);

    private final Companies companies;
    private final CompanyAccess access;
    private final CompanyCommitments commitments;
    private final Clock clock;

    public CompanyService(Companies companies, CompanyAccess access, CompanyCommitments commitments, Clock clock) {
        this.companies = companies;
        this.access = access;
        this.commitments = commitments;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('district-admin')")
    public ServiceCompany register(CompanyId id, ServiceCompany.Facts facts, Caller caller) {
        CreditCode.problem(facts.creditCode()).ifPresent(problem -> {
            throw new RuleViolationException(new Violation("GB-32100", "credit-code", problem));
        });
        ServiceCompany company = companies.register(ServiceCompany.register(id, facts, caller.username(), clock.instant()));
        log.info("service company registered: id={}", id);
        return company;
    }

    public ServiceCompany get(CompanyId id, Caller caller) {
        return companies.get(id, access.scope(caller));
    }

    public Page<ServiceCompany> list(CompanyFilter filter, Pageable page, Caller caller) {
        return companies.search(filter, access.scope(caller), page);
    }

    @PreAuthorize("hasRole('district-admin')")
    public ServiceCompany change(CompanyId id, ServiceCompany.Facts facts, OptionalLong ifMatch, Caller caller) {
        return companies.update(id, access.scope(caller), ifMatch, company -> company.change(facts));
    }

    @PreAuthorize("hasRole('district-admin')")
    public ServiceCompany suspend(CompanyId id, String reason, OptionalLong ifMatch, Caller caller) {
        return companies.update(id, access.scope(caller), ifMatch, company -> company.suspend(reason, caller.username(),
                clock.instant()));
    }

    @PreAuthorize("hasRole('district-admin')")
    public ServiceCompany reinstate(CompanyId id, String reason, OptionalLong ifMatch, Caller caller) {
        return companies.update(id, access.scope(caller), ifMatch, company -> company.reinstate(reason, caller.username(),
                clock.instant()));
    }

    /** Refused (422) while the company still serves, or is about to serve, an estate. */
    @PreAuthorize("hasRole('district-admin')")
    public ServiceCompany deregister(CompanyId id, String reason, OptionalLong ifMatch, Caller caller) {
        if (commitments.holdsAgreements(id)) {
            throw new RuleViolationException(new Violation("R-AGR-1", "company-holds-agreements",
                    "the company still holds agreements in force or signed; terminate them first"));
        }
        return companies.update(id, access.scope(caller), ifMatch, company -> company.deregister(reason, caller.username(),
                clock.instant()));
    }
}
