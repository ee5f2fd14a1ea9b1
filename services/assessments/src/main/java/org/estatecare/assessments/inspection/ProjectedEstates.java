package org.estatecare.assessments.inspection;

import java.time.LocalDate;
import java.util.Optional;

import org.estatecare.events.estates.EstateTimeline;
import org.estatecare.events.ids.CompanyId;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.inbox.EstateTimelines;
import org.estatecare.kit.inbox.ServingCompanies;
import org.springframework.stereotype.Component;

/** The estate facts from the projections fed by {@code estates.v1} and {@code agreements.v1}. */
@Component
class ProjectedEstates implements EstateFacts {

    private final EstateTimelines timelines;
    private final ServingCompanies serving;

    ProjectedEstates(EstateTimelines timelines, ServingCompanies serving) {
        this.timelines = timelines;
        this.serving = serving;
    }

    @Override
    public Optional<EstateTimeline> find(EstateId estate) {
        return timelines.find(estate);
    }

    @Override
    public Optional<CompanyId> companyServing(EstateId estate, LocalDate day) {
        return serving.companyServing(estate, day);
    }
}
