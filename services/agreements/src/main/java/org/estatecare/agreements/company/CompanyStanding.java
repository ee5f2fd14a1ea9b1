package org.estatecare.agreements.company;

import org.estatecare.events.ids.CompanyId;

/**
 * A company's standing as an agreement asks it (R-AGR-1): whether the company is active now, so it may
 * take a draft or be signed with. A company not registered is not active.
 */
public interface CompanyStanding {

    boolean isActive(CompanyId company);
}
