package org.estatecare.complaints.routing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;

import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.time.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ResourceLoader;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The district's division of complaint duties, managed through the API (R-DUTY-1): the district admin records
 * dated decisions, everyone signed in reads them, and complaints route by the one in force on their filing day.
 * Where the district has none recorded yet, its first decision is the one the service ships
 * ({@code estatecare.complaints.initial-duty-division}), recorded as imported.
 */
@Service
@Implements("R-DUTY-1")
public class DutyDivisionService {

    private static final Logger log = LoggerFactory.getLogger(DutyDivisionService.class);
    /** Who the record names for the shipped first decision. */
    static final String IMPORTED = "imported";

    private final DutyDivisions divisions;
    private final String district;
    private final String initialLocation;
    private final ResourceLoader resources;
    private final Clock clock;

    public DutyDivisionService(DutyDivisions divisions, RoutingSettings settings, ResourceLoader resources, Clock clock) {
        this.divisions = divisions;
        this.district = settings.district();
        this.initialLocation = settings.initialDutyDivision();
        this.resources = resources;
        this.clock = clock;
    }

    /** What the service needs to know to keep a district's division: whose, and where its shipped first decision is. */
    public record RoutingSettings(String district, String initialDutyDivision) {
    }

    /** At start-up the district's record is there, started from the shipped decision if need be: no request writes it first. */
    @EventListener(ApplicationReadyEvent.class)
    void ensureRecord() {
        division();
    }

    /** The district's division with all its decisions. */
    public DutyDivision division() {
        DutyDivisionId id = new DutyDivisionId(district);
        return divisions.find(id, new Criteria()).orElseGet(this::startRecord);
    }

    /** The routing table for complaints filed on {@code day}. */
    public RoutingTable tableOn(LocalDate day) {
        return division().tableOn(day);
    }

    /** Records a decision; answers the district's division as saved, the decision in it. */
    @PreAuthorize("hasRole('district-admin')")
    public DutyDivision decide(DutyDecisionText text, Caller caller) {
        var now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, WorkingDayCalendar.BEIJING);
        var steps = text.steps();
        division();
        DutyDivision saved = divisions.update(new DutyDivisionId(district), new Criteria(), java.util.OptionalLong.empty(),
                d -> d.decide(text.version(), text.effectiveFrom(), text.reference(), text.note(), steps, caller.username(), today, now));
        DutyDecision decision = saved.find(text.version()).orElseThrow();
        log.info("division of duties decided: district={} version={} effectiveFrom={}", district, decision.version(),
                decision.effectiveFrom());
        return saved;
    }

    /** Revokes a decision not in force yet; answers the district's division as saved. */
    @PreAuthorize("hasRole('district-admin')")
    public DutyDivision revoke(String version, String reason, Caller caller) {
        var now = clock.instant();
        division();
        DutyDivision saved = divisions.update(new DutyDivisionId(district), new Criteria(), java.util.OptionalLong.empty(),
                d -> d.revoke(version, reason, caller.username(), LocalDate.ofInstant(now, WorkingDayCalendar.BEIJING), now));
        log.info("division of duties revoked: district={} version={}", district, version);
        return saved;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), WorkingDayCalendar.BEIJING);
    }

    /** The first record of the district: its shipped decision. Another replica starting it at once wins; its record is read. */
    private DutyDivision startRecord() {
        DutyDecisionText initial = readInitial();
        try {
            DutyDivision started = divisions.add(DutyDivision.startingWith(district, initial.version(), initial.effectiveFrom(),
                    initial.reference(), initial.note(), initial.steps(), IMPORTED, clock.instant()));
            log.info("division of duties started from the shipped decision: district={} version={}", district, initial.version());
            return started;
        } catch (DuplicateKeyException startedElsewhere) {
            return divisions.get(new DutyDivisionId(district), new Criteria());
        }
    }

    private DutyDecisionText readInitial() {
        JsonMapper json = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try (InputStream in = resources.getResource(initialLocation).getInputStream()) {
            return json.readValue(in, DutyDecisionText.class);
        } catch (IOException e) {
            throw new UncheckedIOException("the shipped division of duties " + initialLocation + " cannot be read", e);
        }
    }
}
