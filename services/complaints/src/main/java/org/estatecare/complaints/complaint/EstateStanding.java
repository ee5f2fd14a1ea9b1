package org.estatecare.complaints.complaint;

import java.time.LocalDate;
import java.util.Optional;

import org.estatecare.complaints.agreements.AgreementProjection;
import org.estatecare.complaints.estates.EstateProjection;
import org.estatecare.events.estates.EstateTimeline;
import org.springframework.stereotype.Component;

/**
 * How an estate stood on a given day, from the registry's timeline and the agreements in force: in the
 * scheme or not (R-ELIG-2), and whether a service company served it — in company mode (R-MODE-1) with an
 * agreement in force that day (R-AGR-5). Decided as of the day, never as of the newest event: an exit
 * dated next month changes nothing before it.
 */
@Component
public class EstateStanding {

    private final EstateProjection estates;
    private final AgreementProjection agreements;

    public EstateStanding(EstateProjection estates, AgreementProjection agreements) {
        this.estates = estates;
        this.agreements = agreements;
    }

    /** The estate on {@code day}, if the registry has announced it. */
    public Optional<EstateRef> on(String estateId, LocalDate day) {
        return estates.find(estateId).map(timeline -> new EstateRef(estateId, timeline.street(), timeline.community(),
                timeline.inSchemeOn(day), companyServes(timeline, day)));
    }

    /** Whether a service company serves the estate on {@code day}; false for an estate not announced. */
    public boolean companyServes(String estateId, LocalDate day) {
        return estates.find(estateId).map(timeline -> companyServes(timeline, day)).orElse(false);
    }

    private boolean companyServes(EstateTimeline timeline, LocalDate day) {
        return timeline.companyModeOn(day) && agreements.companyServing(timeline.estateId(), day).isPresent();
    }
}
