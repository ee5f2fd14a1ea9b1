package org.estatecare.agreements.company;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.estatecare.events.ids.CompanyId;
import org.estatecare.kit.domain.Aggregate;
import org.estatecare.kit.domain.HistoryEntry;
import org.estatecare.kit.domain.StateConflictException;

/**
 * A property service company the district works with. Its id is the short code the identity provider
 * puts in its users' {@code company_id} claim. Contacts are personal data (see {@code CompanyAccess}).
 */
public class ServiceCompany extends Aggregate<CompanyId> {

    private String name;
    private String creditCode;
    private String legalRepresentative;
    private String address;
    private List<Contact> contacts = new ArrayList<>();
    private CompanyStatus status;
    private Instant registeredAt;
    private List<HistoryEntry<CompanyStatus>> history = new ArrayList<>();

    /** A person to reach at the company. */
    public record Contact(String name, String role, String phone) {
    }

    /** What the district records about a company. */
    public record Facts(String name, String creditCode, String legalRepresentative, String address, List<Contact> contacts) {

        public Facts {
            contacts = contacts == null ? List.of() : List.copyOf(contacts);
        }
    }

    private ServiceCompany() {
        // for the mapper
    }

    private ServiceCompany(CompanyId id) {
        super(id);
    }

    /** The short code the identity provider puts in the company's users' {@code company_id} claim. */
    @Override
    public CompanyId id() {
        return new CompanyId(storedId());
    }

    /** Registers a company, active; the credit code must have been checked ({@link CreditCode}). */
    public static ServiceCompany register(CompanyId id, Facts facts, String actor, Instant now) {
        if (!CreditCode.isValid(facts.creditCode())) {
            throw new IllegalArgumentException("invalid credit code");
        }
        ServiceCompany company = new ServiceCompany(id);
        company.apply(facts);
        company.status = CompanyStatus.ACTIVE;
        company.registeredAt = now;
        company.history.add(HistoryEntry.of("registered", now, actor, CompanyStatus.ACTIVE, null));
        return company;
    }

    /** New facts; the credit code is the company's identity and does not change. */
    public void change(Facts facts) {
        if (!creditCode.equals(facts.creditCode())) {
            throw new IllegalArgumentException("the credit code identifies the company and does not change");
        }
        requireNot(CompanyStatus.DEREGISTERED, "change");
        apply(facts);
        changed();
    }

    public void suspend(String reason, String actor, Instant now) {
        move("suspend", "suspended", CompanyStatus.ACTIVE, CompanyStatus.SUSPENDED, reason, actor, now);
    }

    public void reinstate(String reason, String actor, Instant now) {
        move("reinstate", "reinstated", CompanyStatus.SUSPENDED, CompanyStatus.ACTIVE, reason, actor, now);
    }

    /** Terminal; the caller has made sure no agreement of the company is in force or waiting to start. */
    public void deregister(String reason, String actor, Instant now) {
        requireNot(CompanyStatus.DEREGISTERED, "deregister");
        history.add(new HistoryEntry<>("deregistered", now, null, actor, status, CompanyStatus.DEREGISTERED, List.of(), reason));
        status = CompanyStatus.DEREGISTERED;
        changed();
    }

    private void move(String command, String action, CompanyStatus from, CompanyStatus to, String reason, String actor,
                      Instant now) {
        if (status != from) {
            throw new StateConflictException(command, status.name());
        }
        status = to;
        history.add(new HistoryEntry<>(action, now, null, actor, from, to, List.of(), reason));
        changed();
    }

    private void requireNot(CompanyStatus forbidden, String command) {
        if (status == forbidden) {
            throw new StateConflictException(command, status.name());
        }
    }

    private void apply(Facts facts) {
        this.name = facts.name();
        this.creditCode = facts.creditCode();
        this.legalRepresentative = facts.legalRepresentative();
        this.address = facts.address();
        this.contacts = new ArrayList<>(facts.contacts());
    }

    public String name() {
        return name;
    }

    public String creditCode() {
        return creditCode;
    }

    public String legalRepresentative() {
        return legalRepresentative;
    }

    public String address() {
        return address;
    }

    public List<Contact> contacts() {
        return List.copyOf(contacts);
    }

    public CompanyStatus status() {
        return status;
    }

    public boolean isActive() {
        return status == CompanyStatus.ACTIVE;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    /** Every change of standing, oldest first: registered, suspended, reinstated, deregistered. */
    public List<HistoryEntry<CompanyStatus>> history() {
        return List.copyOf(history);
    }
}
