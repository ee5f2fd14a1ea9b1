package org.estatecare.agreements.company;

/** Whether a company still has agreements in force or signed to start; answered by the agreements. */
public interface CompanyCommitments {

    boolean holdsAgreements(String companyId);
}
