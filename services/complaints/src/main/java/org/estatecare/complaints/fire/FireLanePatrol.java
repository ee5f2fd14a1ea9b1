package org.estatecare.complaints.fire;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.estatecare.events.ids.ComplaintId;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.domain.Aggregate;
import org.estatecare.kit.domain.Implements;

/**
 * A street office's patrol of its estates' fire-engine lanes (R-FIRE-1, R-CMP-5): the day, the estates walked in order,
 * who patrolled, and what was found blocking a lane — each finding opened as a complaint of a blocked fire lane, which
 * the street office has cleared within hours. A patrol that found nothing is recorded too.
 */
@Implements({"R-FIRE-1", "R-CMP-5"})
public class FireLanePatrol extends Aggregate<FireSafetyRecordId> {

    /** One lane found blocked: where, by what, and the complaint opened for it. */
    public record Finding(EstateId estateId, String place, String obstruction, List<String> photos, ComplaintId complaintId) {

        public Finding {
            photos = photos == null ? List.of() : List.copyOf(photos);
        }
    }

    private String street;
    private LocalDate day;
    private List<EstateId> route = new ArrayList<>();
    private List<String> patrolledBy = new ArrayList<>();
    private List<Finding> findings = new ArrayList<>();
    private String recordedBy;
    private boolean recordedByTheDistrict;
    private Instant recordedAt;

    protected FireLanePatrol() {
    }

    private FireLanePatrol(FireSafetyRecordId id) {
        super(id);
    }

    @Override
    public FireSafetyRecordId id() {
        return new FireSafetyRecordId(storedId());
    }

    /** A patrol whose findings were checked and opened as complaints already ({@link FireSafetyService}). */
    static FireLanePatrol record(String street, LocalDate day, List<EstateId> route, List<String> patrolledBy, List<Finding> findings,
                                 String recordedBy, boolean byTheDistrict, Instant now) {
        FireLanePatrol patrol = new FireLanePatrol(FireSafetyRecordId.issue("flp"));
        patrol.street = street;
        patrol.day = day;
        patrol.route = new ArrayList<>(route);
        patrol.patrolledBy = new ArrayList<>(patrolledBy);
        patrol.findings = new ArrayList<>(findings);
        patrol.recordedBy = recordedBy;
        patrol.recordedByTheDistrict = byTheDistrict;
        patrol.recordedAt = now;
        patrol.changed();
        return patrol;
    }

    public String street() {
        return street;
    }

    public LocalDate day() {
        return day;
    }

    public List<EstateId> route() {
        return List.copyOf(route);
    }

    public List<String> patrolledBy() {
        return List.copyOf(patrolledBy);
    }

    public List<Finding> findings() {
        return List.copyOf(findings);
    }

    public String recordedBy() {
        return recordedBy;
    }

    public boolean recordedByTheDistrict() {
        return recordedByTheDistrict;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
