package org.estatecare.agreements.company;

import java.time.Clock;
import java.util.OptionalLong;

import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.Violation;
import org.estatecare.kit.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The district keeps the register of service companies; everyone signed in reads it. */
@Service
public class CompanyService {

    private static final Logger log = LoggerFactory.getLogger(CompanyService.class);
    private static final Criteria ALL = new Criteria();

    private final Companies companies;
    private final CompanyCommitments commitments;
    private final Clock clock;

    public CompanyService(Companies companies, CompanyCommitments commitments, Clock clock) {
        this.companies = companies;
        this.commitments = commitments;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('district-admin')")
    public ServiceCompany register(String id, ServiceCompany.Facts facts, Caller caller) {
        CreditCode.problem(facts.creditCode()).ifPresent(problem -> {
            throw new RuleViolationException(new Violation("GB-32100", "credit-code", problem));
        });
        ServiceCompany company = companies.register(ServiceCompany.register(id, facts, caller.username(), clock.instant()));
        log.info("service company registered: id={}", id);
        return company;
    }

    public ServiceCompany get(String id) {
        return companies.get(id, ALL);
    }

    public Page<ServiceCompany> list(Criteria filter, Pageable page) {
        return companies.page(filter, page);
    }

    @PreAuthorize("hasRole('district-admin')")
    public ServiceCompany change(String id, ServiceCompany.Facts facts, OptionalLong ifMatch) {
        return companies.update(id, ALL, ifMatch, company -> company.change(facts));
    }

    @PreAuthorize("hasRole('district-admin')")
    public ServiceCompany suspend(String id, String reason, OptionalLong ifMatch, Caller caller) {
        return companies.update(id, ALL, ifMatch, company -> company.suspend(reason, caller.username(), clock.instant()));
    }

    @PreAuthorize("hasRole('district-admin')")
    public ServiceCompany reinstate(String id, String reason, OptionalLong ifMatch, Caller caller) {
        return companies.update(id, ALL, ifMatch, company -> company.reinstate(reason, caller.username(), clock.instant()));
    }

    /** Refused (422) while the company still serves, or is about to serve, an estate. */
    @PreAuthorize("hasRole('district-admin')")
    public ServiceCompany deregister(String id, String reason, OptionalLong ifMatch, Caller caller) {
        if (commitments.holdsAgreements(id)) {
            throw new RuleViolationException(new Violation("R-AGR-1", "company-holds-agreements",
                    "the company still holds agreements in force or signed; terminate them first"));
        }
        return companies.update(id, ALL, ifMatch, company -> company.deregister(reason, caller.username(), clock.instant()));
    }
}
