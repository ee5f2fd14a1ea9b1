package org.estatecare.assessments.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

import org.estatecare.assessments.inspection.EstateFacts;
import org.estatecare.assessments.referral.DistrictReferral;
import org.estatecare.assessments.referral.DistrictReferrals;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.time.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Joint meetings (R-JOINT-1): convened, minuted and followed up by the street office; action items left undone past
 * their deadline go to the district by themselves (R-DIST-1), in a scheduled pass the tests also call.
 */
@Service
@Implements({"R-JOINT-1", "R-DIST-1"})
public class JointMeetingService {

    private static final Logger log = LoggerFactory.getLogger(JointMeetingService.class);
    static final String READERS = "hasAnyRole('district-admin','municipal-inspector','auditor','street-officer','community-officer',"
            + "'department-officer','service-company')";

    private final JointMeetings meetings;
    private final JointMeetingAccess access;
    private final AgendaProposal proposal;
    private final EstateFacts estates;
    private final DistrictReferrals referrals;
    private final Clock clock;

    public JointMeetingService(JointMeetings meetings, JointMeetingAccess access, AgendaProposal proposal, EstateFacts estates,
                               DistrictReferrals referrals, Clock clock) {
        this.meetings = meetings;
        this.access = access;
        this.proposal = proposal;
        this.estates = estates;
        this.referrals = referrals;
        this.clock = clock;
    }

    /** What the street's open problems put forward for its next meeting. */
    @PreAuthorize("hasAnyRole('district-admin','street-officer')")
    public List<AgendaItem> proposal(String street, Caller caller) {
        requireRuns(caller, street);
        return proposal.of(street, today());
    }

    @PreAuthorize("hasAnyRole('district-admin','street-officer')")
    public JointMeeting convene(String street, LocalDate day, JointMeeting.Members members, List<AgendaItem> agenda, Caller caller) {
        requireRuns(caller, street);
        Set<EstateId> ofStreet = new HashSet<>();
        agenda.stream().map(AgendaItem::estateId).filter(java.util.Objects::nonNull)
                .filter(e -> estates.find(e).map(t -> street.equals(t.street())).orElse(false)).forEach(ofStreet::add);
        JointMeeting meeting = meetings.add(JointMeeting.convene(JointMeetingId.issue(), street, day, members, agenda, ofStreet,
                caller.username(), today(), clock.instant()));
        log.info("joint meeting convened: id={} street={} day={} agenda={}", meeting.id(), street, day, agenda.size());
        return meeting;
    }

    @PreAuthorize(READERS)
    public JointMeeting get(JointMeetingId id, Caller caller) {
        return meetings.get(id, access.scope(caller));
    }

    @PreAuthorize(READERS)
    public Page<JointMeeting> list(String street, Pageable page, Caller caller) {
        return meetings.search(street, access.scope(caller), page);
    }

    @PreAuthorize("hasAnyRole('district-admin','street-officer')")
    public JointMeeting recordMinutes(JointMeetingId id, List<String> attendees, List<Minutes.Decision> decisions,
                                      List<JointMeeting.Agreed> agreed, OptionalLong ifMatch, Caller caller) {
        return meetings.update(id, access.scope(caller), ifMatch, meeting -> {
            requireRuns(caller, meeting.street());
            meeting.recordMinutes(attendees, decisions, agreed, caller.username(), today(), clock.instant());
        });
    }

    @PreAuthorize(READERS)
    public JointMeeting complete(JointMeetingId id, int number, String note, OptionalLong ifMatch, Caller caller) {
        return meetings.update(id, access.scope(caller), ifMatch, meeting -> {
            ActionItem item = meeting.actionItem(number)
                    .orElseThrow(() -> new org.estatecare.kit.domain.NotFoundException("action item", id + "/" + number));
            if (!access.mayComplete(caller, meeting, item)) {
                throw new AccessDeniedException("neither the action item's owner nor its street office");
            }
            meeting.complete(number, note, caller.username(), today(), clock.instant());
        });
    }

    /**
     * Refers every action item past its deadline and not done to the district (R-DIST-1); how many went. The referral's
     * id comes from the item, so a pass repeated after a failure refers it once.
     */
    @Scheduled(fixedDelayString = "${estatecare.assessments.joint-meetings.referral-interval:1h}",
            initialDelayString = "${estatecare.assessments.joint-meetings.referral-interval:1h}")
    public int referOverdue() {
        LocalDate today = today();
        int referred = 0;
        for (JointMeeting meeting : meetings.withOverdueActionItems(today)) {
            for (ActionItem item : meeting.dueForReferral(today)) {
                // the estate of the agenda item it came from; none for the street's own points (an agenda item may name none)
                EstateId estate = item.agendaItem() == null ? null : meeting.agenda().stream()
                        .filter(a -> a.number() == item.agendaItem()).findFirst().map(AgendaItem::estateId).orElse(null);
                DistrictReferral referral = DistrictReferral.ofOverdueActionItem(meeting.id().value(), item.number(), meeting.street(),
                        estate, item.description(), item.owner().kind() + ":" + item.owner().code(), item.deadline(), today);
                try {
                    referrals.addIfAbsent(referral);
                    meetings.update(meeting.id(), new Criteria(), OptionalLong.empty(),
                            m -> m.referred(item.number(), referral.id().value()));
                    referred++;
                    log.info("action item referred to the district: meeting={} item={} referral={}", meeting.id(), item.number(),
                            referral.id());
                } catch (RuntimeException e) {
                    log.warn("action item {}/{} not referred yet (next pass): {}", meeting.id(), item.number(), e.toString());
                }
            }
        }
        return referred;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), WorkingDayCalendar.BEIJING);
    }

    private void requireRuns(Caller caller, String street) {
        if (!access.mayRun(caller, street)) {
            throw new AccessDeniedException("not the street office of " + street);
        }
    }
}
