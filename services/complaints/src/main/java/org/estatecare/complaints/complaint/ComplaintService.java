package org.estatecare.complaints.complaint;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Consumer;

import org.estatecare.complaints.estates.RepairUnits;
import org.estatecare.complaints.routing.DutyDivisionService;
import org.estatecare.events.codes.Facility;
import org.estatecare.events.ids.ComplaintId;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.Violation;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.time.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Filing complaints and moving them along, for callers allowed to. */
@Service
public class ComplaintService {

    private static final Logger log = LoggerFactory.getLogger(ComplaintService.class);

    private final Complaints complaints;
    private final EstateStanding estates;
    private final DutyDivisionService duties;
    private final RepairUnits repairUnits;
    private final WorkingDayCalendar calendar;
    private final ComplaintProperties settings;
    private final ComplaintAccess access;
    private final Clock clock;

    public ComplaintService(Complaints complaints, EstateStanding estates, DutyDivisionService duties, RepairUnits repairUnits, WorkingDayCalendar calendar,
                            ComplaintProperties settings, ComplaintAccess access, Clock clock) {
        this.complaints = complaints;
        this.estates = estates;
        this.duties = duties;
        this.repairUnits = repairUnits;
        this.calendar = calendar;
        this.settings = settings;
        this.access = access;
        this.clock = clock;
    }

    /**
     * What a caller reports; the estate is looked up as it stands on the filing day. {@code reporterKind} and
     * {@code channel} may be left out: they follow the caller's role ({@link FilingCapacity}).
     */
    public record Filing(EstateId estate, org.estatecare.complaints.routing.Category category, Channel channel,
                         ReporterKind reporterKind, Complainant complainant, Place place, String description,
                         List<String> photos, Facility facility) {

        public Filing(EstateId estate, org.estatecare.complaints.routing.Category category, Channel channel,
                      ReporterKind reporterKind, Complainant complainant, Place place, String description, List<String> photos) {
            this(estate, category, channel, reporterKind, complainant, place, description, photos, null);
        }
    }

    /**
     * Files a complaint: on an estate this service knows (else 422), routed along the chain of the district's
     * division of duties in force on the filing day (R-DUTY-1);
     * a repeat of an open complaint is linked to it instead.
     */
    @PreAuthorize("hasAnyRole('district-admin','street-officer','community-officer','service-company','municipal-inspector','resident')")
    public Complaint file(Filing filing, Caller caller) {
        var now = clock.instant();
        FilingCapacity.Filed as = FilingCapacity.resolve(caller, filing.reporterKind(), filing.channel());
        EstateRef estate = estates.on(filing.estate(), Complaint.today(now)).orElseThrow(() -> new RuleViolationException(
                new Violation("R-PRIN-1", "unknown-estate", "estate " + filing.estate() + " is not known here")));
        Facility facility = facilityOf(filing);
        var report = new Complaint.Report(estate, filing.category(), as.channel(), as.reporterKind(),
                filing.complainant(), caller.subject(), filing.place(), filing.description(), filing.photos(), facility);
        ComplaintId id = new ComplaintId(UUID.randomUUID().toString());
        var repeatOf = complaints.openRepeatOf(report, settings.duplicateWindow(), now);
        if (repeatOf.isPresent()) {
            Complaint original = repeatOf.get();
            Complaint duplicate = Complaint.fileAsDuplicate(id, report, original, now);
            complaints.add(duplicate);
            log.info("complaint linked as duplicate: id={} of={}", id, original.id());
            return duplicate;
        }
        LocalDate filingDay = Complaint.today(now);
        String repairUnit = repairUnits.unitFor(estate.estateId(), estate.street(), facility, filingDay).orElse(null);
        Complaint complaint = complaints.add(Complaint.file(id, report, duties.tableOn(filingDay), repairUnit, calendar, now));
        log.info("complaint filed: id={} category={} estate={} handler={}", id, filing.category(), estate.estateId(),
                complaint.currentHandler().orElse("-"));
        return complaint;
    }

    /**
     * The facility a repair is about: the one its category names (paths, street lights), else the one given, else
     * {@link Facility#OTHER}. A facility given for a complaint that is no repair, or other than its category's, is refused.
     */
    private static Facility facilityOf(Filing filing) {
        var category = filing.category();
        if (!category.isRepair()) {
            if (filing.facility() != null) {
                throw new RuleViolationException(new Violation("R-MAINT-1", "facility-not-a-repair",
                        "a facility is named for a repair only, not for " + category.label(), "facility"));
            }
            return null;
        }
        Facility own = category.facility().orElse(null);
        if (own != null && filing.facility() != null && filing.facility() != own) {
            throw new RuleViolationException(new Violation("R-MAINT-1", "facility-mismatch",
                    category.label() + " is about " + own.label() + ", not " + filing.facility().label(), "facility"));
        }
        return own != null ? own : filing.facility() != null ? filing.facility() : Facility.OTHER;
    }

    public Complaint get(ComplaintId id, Caller caller) {
        return complaints.get(id, access.scope(caller));
    }

    /** One page of the complaints in the caller's scope that match {@code filter}. */
    public Page<Complaint> list(ComplaintFilter filter, Pageable page, Caller caller) {
        return complaints.search(filter, access.scope(caller), page, clock.instant());
    }

    /** At most {@code most} complaints in the caller's scope that match {@code filter}, the newest filed first. */
    public List<Complaint> newestFirst(ComplaintFilter filter, int most, Caller caller) {
        Pageable newest = PageRequest.of(0, most, Sort.by(Sort.Direction.DESC, "filedAt").and(Sort.by("_id")));
        return complaints.search(filter, access.scope(caller), newest, clock.instant()).getContent();
    }

    public Complaint acknowledge(ComplaintId id, OptionalLong ifMatch, Caller caller) {
        return asHandler(id, ifMatch, caller, c -> c.acknowledge(caller.username(), clock.instant()));
    }

    public Complaint escalate(ComplaintId id, String reason, OptionalLong ifMatch, Caller caller) {
        return asHandler(id, ifMatch, caller, c -> c.escalate(reason, caller.username(), calendar, clock.instant()));
    }

    public Complaint resolve(ComplaintId id, String note, OptionalLong ifMatch, Caller caller) {
        return asHandler(id, ifMatch, caller, c -> c.resolve(note, caller.username(), clock.instant()));
    }

    public Complaint close(ComplaintId id, int satisfaction, String comment, OptionalLong ifMatch, Caller caller) {
        return asComplainant(id, ifMatch, caller, c -> c.close(satisfaction, comment, actor(c, caller), clock.instant()));
    }

    /** Back to its last handler; if that was a company no longer serving the estate, on to the street office. */
    public Complaint reopen(ComplaintId id, String reason, OptionalLong ifMatch, Caller caller) {
        return asComplainant(id, ifMatch, caller, c -> {
            var now = clock.instant();
            c.reopen(reason, actor(c, caller), settings.reopenWindow(), calendar, now);
            if (!estates.companyServes(c.estate().estateId(), Complaint.today(now))) {
                c.moveToStreetOffice("no service company serves the estate on " + Complaint.today(now), calendar, now);
            }
        });
    }

    /** Who the history names: an anonymous complainant acting on their own complaint stays anonymous. */
    private static String actor(Complaint complaint, Caller caller) {
        boolean ownAnonymous = complaint.complainant().anonymous()
                && complaint.filerSubject().map(caller.subject()::equals).orElse(false);
        return ownAnonymous ? Complaint.ANONYMOUS : caller.username();
    }

    private Complaint asHandler(ComplaintId id, OptionalLong ifMatch, Caller caller, Consumer<Complaint> command) {
        return complaints.update(id, access.scope(caller), ifMatch, complaint -> {
            if (!access.mayHandle(caller, complaint)) {
                throw new AccessDeniedException("not the current handler");
            }
            command.accept(complaint);
        });
    }

    private Complaint asComplainant(ComplaintId id, OptionalLong ifMatch, Caller caller, Consumer<Complaint> command) {
        return complaints.update(id, access.scope(caller), ifMatch, complaint -> {
            if (!access.mayJudge(caller, complaint)) {
                throw new AccessDeniedException("only the complainant or the district");
            }
            command.accept(complaint);
        });
    }
}
