package org.estatecare.assessments.meeting.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.estatecare.assessments.meeting.ActionItem;
import org.estatecare.assessments.meeting.AgendaItem;
import org.estatecare.assessments.meeting.AgendaSource;
import org.estatecare.assessments.meeting.Department;
import org.estatecare.assessments.meeting.JointMeeting;
import org.estatecare.assessments.meeting.JointMeetingId;
import org.estatecare.assessments.meeting.JointMeetingService;
import org.estatecare.assessments.meeting.Minutes;
import org.estatecare.assessments.meeting.Owner;
import org.estatecare.assessments.scheme.SchemeId;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.web.Coded;
import org.estatecare.kit.web.ETags;
import org.estatecare.kit.web.PageView;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A street's joint meetings (联席会议, R-JOINT-1): convened by the street office with district departments, service
 * companies and invited resident representatives, an agenda drawn from the street's open problems, minutes kept and
 * action items followed to done; those left undone past their deadline go to the district (R-DIST-1).
 */
@Tag(name = "joint-meetings", description = "Joint meetings of a street: members, agenda, minutes, action items")
@RestController
@RequestMapping("/api/joint-meetings")
class JointMeetingController {

    /** No control characters. */
    private static final String ONE_LINE = "[^\\p{Cc}]*";
    private static final String OWNER_CODE = "^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$";

    private final JointMeetingService service;

    JointMeetingController(JointMeetingService service) {
        this.service = service;
    }

    @Operation(summary = "The street's open problems, as agenda items to pick from (street office, district)",
            description = "Complaints still with a handler past their step's deadline, estates whose latest published grade fails, "
                    + "rectification orders not closed; each with its source id and estate.")
    @GetMapping("/agenda-proposal")
    PageView<AgendaView> proposal(@RequestParam @Pattern(regexp = SchemeId.STREET_CODE) String street, @ParameterObject Pageable page,
                                  Caller caller) {
        return PageView.of(service.proposal(street, caller).stream().map(AgendaView::of).toList(), page);
    }

    @Operation(summary = "Joint meetings the caller may see, the latest day first", description = "Filter by street; pages with page/size.")
    @GetMapping
    PageView<MeetingView> list(@RequestParam(required = false) @Pattern(regexp = SchemeId.STREET_CODE) String street,
                               @ParameterObject Pageable page, Caller caller) {
        return PageView.of(service.list(street, page, caller), MeetingView::of);
    }

    @Operation(summary = "Convene a joint meeting (the street office; the district on its behalf)",
            description = "For today or a day up to 12 months ahead; at least one district department among the members "
                    + "(422 R-JOINT-1); agenda items from the proposal (with their source id) or the street's own (source OTHER).")
    @PostMapping
    ResponseEntity<MeetingView> convene(@Valid @RequestBody ConveneRequest body, Caller caller) {
        JointMeeting meeting = service.convene(body.street(), body.day(), new JointMeeting.Members(body.members().departments(),
                body.members().companies(), body.members().residentRepresentatives() == null ? List.of()
                        : body.members().residentRepresentatives().stream().map(String::strip).toList()),
                body.agenda().stream().map(AgendaRequest::toItem).toList(), caller);
        return ResponseEntity.created(URI.create("/api/joint-meetings/" + meeting.id())).eTag(ETags.of(meeting.revision()))
                .body(MeetingView.of(meeting));
    }

    @GetMapping("/{id}")
    ResponseEntity<MeetingView> get(@PathVariable JointMeetingId id, Caller caller) {
        JointMeeting meeting = service.get(id, caller);
        return ResponseEntity.ok().eTag(ETags.of(meeting.revision())).body(MeetingView.of(meeting));
    }

    @Operation(summary = "Keep the minutes of a held meeting (the street office), once",
            description = "From the meeting's day on: who attended, the decision on agenda items, the action items agreed, each "
                    + "owned by a member department or company or the street office, due not before the meeting. Announced per "
                    + "estate on the agenda (assessments.joint-meeting.minutes-recorded) for the work archives. If-Match optional.")
    @PostMapping("/{id}/minutes")
    ResponseEntity<MeetingView> minutes(@PathVariable JointMeetingId id, @Valid @RequestBody MinutesRequest body,
                                        @RequestHeader(value = "If-Match", required = false) String ifMatch, Caller caller) {
        JointMeeting meeting = service.recordMinutes(id, body.attendees().stream().map(String::strip).toList(),
                body.decisions().stream().map(d -> new Minutes.Decision(d.agendaItem(), d.decision().strip())).toList(),
                body.actionItems().stream().map(a -> new JointMeeting.Agreed(a.agendaItem(), new Owner(a.owner().kind(),
                        a.owner().code()), a.description().strip(), a.deadline())).toList(), ETags.ifMatch(ifMatch), caller);
        return ResponseEntity.ok().eTag(ETags.of(meeting.revision())).body(MeetingView.of(meeting));
    }

    @Operation(summary = "Report an action item done (its owner, the street office or the district)",
            description = "With a note of what was done; 409 when it is done already.")
    @PostMapping("/{id}/action-items/{number}/completion")
    ResponseEntity<MeetingView> complete(@PathVariable JointMeetingId id, @PathVariable @Min(1) @Max(1000) int number,
                                         @Valid @RequestBody CompletionRequest body,
                                         @RequestHeader(value = "If-Match", required = false) String ifMatch, Caller caller) {
        JointMeeting meeting = service.complete(id, number, body.note().strip(), ETags.ifMatch(ifMatch), caller);
        return ResponseEntity.ok().eTag(ETags.of(meeting.revision())).body(MeetingView.of(meeting));
    }

    record MembersRequest(@NotNull @Size(max = 6) List<@NotNull Department> departments,
                          @Size(max = 20) List<@NotBlank @Size(max = 64) @Pattern(regexp = OWNER_CODE) String> companies,
                          @Size(max = 20) List<@NotBlank @Size(max = 50) @Pattern(regexp = ONE_LINE) String> residentRepresentatives) {
        MembersRequest {
            companies = companies == null ? List.of() : companies;
        }
    }

    record AgendaRequest(@NotNull AgendaSource source, @Size(max = 64) @Pattern(regexp = OWNER_CODE) String sourceId,
                         EstateId estateId, @NotBlank @Size(max = 200) @Pattern(regexp = ONE_LINE) String title) {

        AgendaItem toItem() {
            if ((source == AgendaSource.OTHER) != (sourceId == null)) {
                throw new org.estatecare.kit.web.InvalidParameterException("agenda", "an open problem names its sourceId; "
                        + "the street's own point (OTHER) names none");
            }
            return new AgendaItem(0, source, sourceId, estateId, title.strip());
        }
    }

    record ConveneRequest(@NotBlank @Pattern(regexp = SchemeId.STREET_CODE) String street, @NotNull LocalDate day,
                          @NotNull @Valid MembersRequest members, @NotNull @Size(max = 50) List<@NotNull @Valid AgendaRequest> agenda) {
    }

    record DecisionRequest(@NotNull @Min(1) @Max(50) Integer agendaItem, @NotBlank @Size(max = 2000) String decision) {
    }

    record OwnerRequest(@NotNull Owner.Kind kind, @NotBlank @Pattern(regexp = OWNER_CODE) String code) {
    }

    record ActionItemRequest(@Min(1) @Max(50) Integer agendaItem, @NotNull @Valid OwnerRequest owner,
                             @NotBlank @Size(max = 500) @Pattern(regexp = ONE_LINE) String description, @NotNull LocalDate deadline) {
    }

    record MinutesRequest(@NotNull @Size(min = 1, max = 50) List<@NotBlank @Size(max = 100) @Pattern(regexp = ONE_LINE) String> attendees,
                          @NotNull @Size(max = 50) List<@NotNull @Valid DecisionRequest> decisions,
                          @NotNull @Size(max = 50) List<@NotNull @Valid ActionItemRequest> actionItems) {
    }

    record CompletionRequest(@NotBlank @Size(max = 2000) String note) {
    }

    record AgendaView(int number, Coded source, String sourceId, EstateId estateId, String title) {

        static AgendaView of(AgendaItem item) {
            return new AgendaView(item.number(), Coded.of(item.source()), item.sourceId(), item.estateId(), item.title());
        }
    }

    record ActionItemView(int number, Integer agendaItem, Owner owner, String description, LocalDate deadline, Coded status,
                          LocalDate doneOn, String doneBy, String note, String referralId) {

        static ActionItemView of(ActionItem i) {
            return new ActionItemView(i.number(), i.agendaItem(), i.owner(), i.description(), i.deadline(), Coded.of(i.status()),
                    i.doneOn(), i.doneBy(), i.note(), i.referralId());
        }
    }

    record MinutesView(List<String> attendees, List<Minutes.Decision> decisions, String recordedBy, Instant recordedAt) {
    }

    /** A meeting: its members, agenda, standing, and once held its minutes and action items. */
    record MeetingView(JointMeetingId id, long revision, String street, LocalDate day, Coded status, List<Coded> departments,
                       List<String> companies, List<String> residentRepresentatives, List<AgendaView> agenda, MinutesView minutes,
                       List<ActionItemView> actionItems, String convenedBy, Instant convenedAt) {

        static MeetingView of(JointMeeting m) {
            return new MeetingView(m.id(), m.revision(), m.street(), m.day(), Coded.of(m.status()),
                    m.members().departments().stream().map(Coded::of).toList(), m.members().companies(),
                    m.members().residentRepresentatives(), m.agenda().stream().map(AgendaView::of).toList(),
                    m.minutes().map(x -> new MinutesView(x.attendees(), x.decisions(), x.recordedBy(), x.recordedAt())).orElse(null),
                    m.actionItems().stream().map(ActionItemView::of).toList(), m.convenedBy(), m.convenedAt());
        }
    }
}
