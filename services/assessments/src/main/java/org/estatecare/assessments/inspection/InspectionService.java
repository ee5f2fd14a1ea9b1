package org.estatecare.assessments.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.OptionalLong;

import org.estatecare.assessments.scoring.InspectionLevel;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.time.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Recording and correcting inspections by the level's own recorder, and reading them within the caller's scope. */
@Service
public class InspectionService {

    static final String RECORDERS = "hasAnyRole('community-officer', 'street-officer', 'district-admin', 'municipal-inspector')";
    private static final Logger log = LoggerFactory.getLogger(InspectionService.class);

    private final Inspections inspections;
    private final InspectionAccess access;
    private final EstateFacts estates;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public InspectionService(Inspections inspections, InspectionAccess access, EstateFacts estates,
                             ApplicationEventPublisher events, Clock clock) {
        this.inspections = inspections;
        this.access = access;
        this.estates = estates;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records an inspection: 403 unless the caller is the level's recorder for the estate's street or
     * community; the inspection refuses what it cannot take (422).
     */
    @PreAuthorize(RECORDERS)
    public Inspection record(EstateId estate, InspectionLevel level, InspectionReport report, Caller caller) {
        if (!access.mayRecordAtAll(caller, level)) {
            throw new AccessDeniedException("inspections of level " + level + " are recorded by the "
                    + InspectionAccess.recorderOf(level).code() + " role");
        }
        // an estate not announced yet is refused by the inspection itself (422), not hidden as missing
        estates.find(estate).ifPresent(announced -> {
            if (!access.mayRecord(caller, level, announced.street(), announced.community())) {
                throw new AccessDeniedException("the estate lies outside the caller's " + (level == InspectionLevel.COMMITTEE_DAILY
                        ? "community" : "street"));
            }
        });
        Inspection recorded = inspections.add(Inspection.record(InspectionId.issue(), estate, level, caller.username(), report,
                estates, today(), clock.instant()));
        log.info("inspection recorded: id={} level={} estate={} findings={}", recorded.id(), level, estate,
                recorded.recordedFindings().size());
        events.publishEvent(new InspectionRecorded(recorded, false));
        return recorded;
    }

    /** Corrects an inspection: 404 outside the caller's scope, 403 unless the caller could have recorded it, then If-Match. */
    @PreAuthorize(RECORDERS)
    public Inspection correct(InspectionId id, InspectionReport report, String reason, OptionalLong ifMatch, Caller caller) {
        Inspection current = inspections.get(id, access.scope(caller));
        if (!access.mayCorrect(caller, current)) {
            throw new AccessDeniedException("an inspection is corrected by the role and scope that record its level");
        }
        Inspection corrected = inspections.update(id, access.scope(caller), ifMatch,
                inspection -> inspection.correct(report, reason, caller.username(), estates, today(), clock.instant()));
        log.info("inspection corrected: id={} revision={}", id, corrected.revision());
        events.publishEvent(new InspectionRecorded(corrected, true));
        return corrected;
    }

    public Inspection get(InspectionId id, Caller caller) {
        return inspections.get(id, access.scope(caller));
    }

    public Page<Inspection> search(InspectionFilter filter, Pageable page, Caller caller) {
        return inspections.search(filter, access.scope(caller), page);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), WorkingDayCalendar.BEIJING);
    }
}
