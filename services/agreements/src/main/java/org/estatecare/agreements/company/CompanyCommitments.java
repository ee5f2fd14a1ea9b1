package org.estatecare.agreements.company;

import org.estatecare.events.ids.CompanyId;

/** Whether a company still has agreements in force or signed to start; answered by the agreements. */
public interface CompanyCommitments {

    boolean holdsAgreements(CompanyId companyId);
}
