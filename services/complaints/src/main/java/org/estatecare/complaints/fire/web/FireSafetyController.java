package org.estatecare.complaints.fire.web;

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
import org.estatecare.complaints.fire.FireLanePatrol;
import org.estatecare.complaints.fire.FireSafetyRecordId;
import org.estatecare.complaints.fire.FireSafetyService;
import org.estatecare.complaints.fire.FireSafetySession;
import org.estatecare.complaints.fire.StreetYear;
import org.estatecare.events.ids.ComplaintId;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.web.InvalidParameterException;
import org.estatecare.kit.web.PageView;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A street's fire-lane patrols and fire-safety education (R-FIRE-1): each blocked lane a patrol finds is opened as a
 * complaint of a blocked fire lane (R-CMP-5); a street's year shows the months gone by without a patrol.
 */
@Tag(name = "fire-safety", description = "Fire-lane patrols and fire-safety education sessions per street")
@RestController
class FireSafetyController {

    private static final String STREET = "^[a-z0-9][a-z0-9-]{0,63}$";
    private static final String ONE_LINE = "[^\\p{Cntrl}]*";
    private static final String PHOTO = "\\S+";

    private final FireSafetyService service;

    FireSafetyController(FireSafetyService service) {
        this.service = service;
    }

    @Operation(summary = "Record a fire-lane patrol (the street office; the district on its behalf)",
            description = "The day (not ahead, not before 2000), the street's estates walked in order, who patrolled, and each blocked "
                    + "lane found on the route; each finding opens a complaint of category BLOCKED_FIRE_LANE (R-CMP-5) whose id the "
                    + "patrol keeps. Checked whole first: one bad finding records nothing and opens nothing.")
    @PostMapping("/api/fire-lane-patrols")
    ResponseEntity<PatrolView> recordPatrol(@Valid @RequestBody PatrolRequest body, Caller caller) {
        if (body.route().stream().distinct().count() < body.route().size()) {
            throw new InvalidParameterException("route", "each estate once");
        }
        FireLanePatrol patrol = service.recordPatrol(new FireSafetyService.PatrolReport(body.street(), body.day(), body.route(),
                body.patrolledBy().stream().map(String::strip).toList(), body.findings().stream()
                .map(f -> new FireSafetyService.FindingReport(f.estateId(), f.place().strip(), f.obstruction().strip(),
                        f.photos() == null ? List.of() : f.photos())).toList()), caller);
        return ResponseEntity.created(URI.create("/api/fire-lane-patrols/" + patrol.id())).body(PatrolView.of(patrol));
    }

    @Operation(summary = "Fire-lane patrols the caller may see, the latest first", description = "Filter by street and days from/to.")
    @GetMapping("/api/fire-lane-patrols")
    PageView<PatrolView> patrols(@RequestParam(required = false) @Pattern(regexp = STREET) String street,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                 @ParameterObject Pageable page, Caller caller) {
        return PageView.of(service.patrols(street, from, to, page, caller), PatrolView::of);
    }

    @GetMapping("/api/fire-lane-patrols/{id}")
    PatrolView patrol(@PathVariable FireSafetyRecordId id, Caller caller) {
        return PatrolView.of(service.patrol(id, caller));
    }

    @Operation(summary = "Record a fire-safety education session (the street office; the district on its behalf)")
    @PostMapping("/api/fire-safety-sessions")
    ResponseEntity<SessionView> recordSession(@Valid @RequestBody SessionRequest body, Caller caller) {
        FireSafetySession session = service.recordSession(body.street(), body.day(), body.estates() == null ? List.of() : body.estates(),
                body.topic().strip(), body.givenBy().strip(), body.attendance(), caller);
        return ResponseEntity.created(URI.create("/api/fire-safety-sessions/" + session.id())).body(SessionView.of(session));
    }

    @GetMapping("/api/fire-safety-sessions")
    PageView<SessionView> sessions(@RequestParam(required = false) @Pattern(regexp = STREET) String street,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                   @ParameterObject Pageable page, Caller caller) {
        return PageView.of(service.sessions(street, from, to, page, caller), SessionView::of);
    }

    @GetMapping("/api/fire-safety-sessions/{id}")
    SessionView session(@PathVariable FireSafetyRecordId id, Caller caller) {
        return SessionView.of(service.session(id, caller));
    }

    @Operation(summary = "A street's year: patrols, blocked lanes found, sessions per month, and the months gone by without a patrol")
    @GetMapping("/api/fire-safety/streets/{street}/summary")
    StreetYear year(@PathVariable @Pattern(regexp = STREET) String street, @RequestParam @Min(2000) @Max(2100) int year, Caller caller) {
        return service.year(street, year, caller);
    }

    record FindingRequest(@NotNull EstateId estateId, @NotBlank @Size(max = 200) @Pattern(regexp = ONE_LINE) String place,
                          @NotBlank @Size(max = 500) @Pattern(regexp = ONE_LINE) String obstruction,
                          @Size(max = 10) List<@NotBlank @Size(max = 500) @Pattern(regexp = PHOTO) String> photos) {
    }

    record PatrolRequest(@NotBlank @Pattern(regexp = STREET) String street, @NotNull LocalDate day,
                         @NotNull @Size(min = 1, max = 100) List<@NotNull EstateId> route,
                         @NotNull @Size(min = 1, max = 20) List<@NotBlank @Size(max = 50) @Pattern(regexp = ONE_LINE) String> patrolledBy,
                         @NotNull @Size(max = 50) List<@NotNull @Valid FindingRequest> findings) {
    }

    record SessionRequest(@NotBlank @Pattern(regexp = STREET) String street, @NotNull LocalDate day,
                          @Size(max = 100) List<@NotNull EstateId> estates,
                          @NotBlank @Size(max = 200) @Pattern(regexp = ONE_LINE) String topic,
                          @NotBlank @Size(max = 100) @Pattern(regexp = ONE_LINE) String givenBy,
                          @NotNull @Min(1) @Max(100000) Integer attendance) {
    }

    record FindingView(EstateId estateId, String place, String obstruction, List<String> photos, ComplaintId complaintId) {
    }

    record PatrolView(FireSafetyRecordId id, String street, LocalDate day, List<EstateId> route, List<String> patrolledBy,
                      List<FindingView> findings, String recordedBy, boolean recordedByTheDistrict, Instant recordedAt) {

        static PatrolView of(FireLanePatrol p) {
            return new PatrolView(p.id(), p.street(), p.day(), p.route(), p.patrolledBy(), p.findings().stream()
                    .map(f -> new FindingView(f.estateId(), f.place(), f.obstruction(), f.photos(), f.complaintId())).toList(),
                    p.recordedBy(), p.recordedByTheDistrict(), p.recordedAt());
        }
    }

    record SessionView(FireSafetyRecordId id, String street, LocalDate day, List<EstateId> estates, String topic, String givenBy,
                       int attendance, String recordedBy, boolean recordedByTheDistrict, Instant recordedAt) {

        static SessionView of(FireSafetySession s) {
            return new SessionView(s.id(), s.street(), s.day(), s.estates(), s.topic(), s.givenBy(), s.attendance(), s.recordedBy(),
                    s.recordedByTheDistrict(), s.recordedAt());
        }
    }
}
