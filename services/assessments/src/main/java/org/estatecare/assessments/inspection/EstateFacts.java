package org.estatecare.assessments.inspection;

import java.time.LocalDate;
import java.util.Optional;

import org.estatecare.events.estates.EstateTimeline;
import org.estatecare.events.ids.CompanyId;
import org.estatecare.events.ids.EstateId;

/**
 * What this service has learnt of estates, as an inspection asks it: the estate as the registry announced
 * it (street, community, in the scheme on a day) and the company serving it on a day.
 */
public interface EstateFacts {

    /** Empty until the registry's announcement of the estate has arrived here. */
    Optional<EstateTimeline> find(EstateId estate);

    /** Empty when no company serves the estate that day (owner-managed, self-governed, between agreements). */
    Optional<CompanyId> companyServing(EstateId estate, LocalDate day);
}
