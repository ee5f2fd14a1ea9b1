package org.estatecare.complaints.fire;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.domain.Aggregate;
import org.estatecare.kit.domain.Implements;

/** A fire-safety education session a street office ran (R-FIRE-1): the day, whom it reached, its topic, who taught it. */
@Implements("R-FIRE-1")
public class FireSafetySession extends Aggregate<FireSafetyRecordId> {

    private String street;
    private LocalDate day;
    private List<EstateId> estates = new ArrayList<>();
    private String topic;
    private String givenBy;
    private int attendance;
    private String recordedBy;
    private boolean recordedByTheDistrict;
    private Instant recordedAt;

    protected FireSafetySession() {
    }

    private FireSafetySession(FireSafetyRecordId id) {
        super(id);
    }

    @Override
    public FireSafetyRecordId id() {
        return new FireSafetyRecordId(storedId());
    }

    static FireSafetySession record(String street, LocalDate day, List<EstateId> estates, String topic, String givenBy, int attendance,
                                    String recordedBy, boolean byTheDistrict, Instant now) {
        FireSafetySession session = new FireSafetySession(FireSafetyRecordId.issue("fss"));
        session.street = street;
        session.day = day;
        session.estates = new ArrayList<>(estates);
        session.topic = topic;
        session.givenBy = givenBy;
        session.attendance = attendance;
        session.recordedBy = recordedBy;
        session.recordedByTheDistrict = byTheDistrict;
        session.recordedAt = now;
        session.changed();
        return session;
    }

    public String street() {
        return street;
    }

    public LocalDate day() {
        return day;
    }

    public List<EstateId> estates() {
        return List.copyOf(estates);
    }

    public String topic() {
        return topic;
    }

    public String givenBy() {
        return givenBy;
    }

    public int attendance() {
        return attendance;
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
