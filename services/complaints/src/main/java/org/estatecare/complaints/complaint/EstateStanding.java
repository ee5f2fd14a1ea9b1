package org.estatecare.complaints.complaint;

import java.time.LocalDate;
import java.util.Optional;

import org.estatecare.events.estates.EstateTimeline;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.inbox.EstateTimelines;
import org.estatecare.kit.inbox.ServingCompanies;
import org.springframework.stereotype.Component;

/**
 * How an estate stood on a given day, from the registry's timeline and the agreements in force: in the
 * scheme or not (R-ELIG-2), and whether a service company served it — in company mode (R-MODE-1) with an
 * agreement in force that day (R-AGR-5). Decided as of the day, never as of the newest event: an exit
 * dated next month changes nothing before it.
 */
@Component
@Implements({"R-ELIG-2", "R-MODE-1"})
public class EstateStanding {

    private final EstateTimelines estates;
    private final ServingCompanies serving;

    public EstateStanding(EstateTimelines estates, ServingCompanies serving) {
        this.estates = estates;
        this.serving = serving;
    }

    /** The estate on {@code day}, if the registry has announced it. */
    public Optional<EstateRef> on(EstateId estate, LocalDate day) {
        return estates.find(estate).map(timeline -> new EstateRef(estate, timeline.street(), timeline.community(),
                timeline.inSchemeOn(day), companyServes(timeline, day)));
    }

    /** Whether a service company serves the estate on {@code day}; false for an estate not announced. */
    public boolean companyServes(EstateId estate, LocalDate day) {
        return estates.find(estate).map(timeline -> companyServes(timeline, day)).orElse(false);
    }

    private boolean companyServes(EstateTimeline timeline, LocalDate day) {
        return timeline.companyModeOn(day) && serving.companyServing(new EstateId(timeline.estateId()), day).isPresent();
    }
}
