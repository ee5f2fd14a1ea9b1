package org.estatecare.subsidies.stop;

import java.time.Instant;
import java.time.LocalDate;

import org.estatecare.events.estates.EstateExited;
import org.estatecare.events.ids.EstateId;
import org.estatecare.events.subsidies.SubsidyEvents;
import org.estatecare.events.subsidies.SubsidyStopped;
import org.estatecare.kit.domain.Aggregate;
import org.estatecare.kit.domain.Implements;

/**
 * R-EXIT-2, R-SUB-4: the estate's subsidies stop from its exit date. Announced once per estate and exit day
 * ({@code subsidies.subsidy.stopped}, keyed by the estate); the money itself follows in the runs: no line after the
 * date, and an adjustment where an approved month already paid days from it.
 */
@Implements({"R-EXIT-2", "R-SUB-4"})
public class StopNotice extends Aggregate<StopNoticeId> {

    private EstateId estateId;
    private String street;
    private String community;
    private LocalDate stoppedFrom;
    private String reason;
    private Instant learntAt;

    protected StopNotice() {
    }

    private StopNotice(StopNoticeId id) {
        super(id);
    }

    static StopNotice of(EstateExited exit, Instant now) {
        StopNotice notice = new StopNotice(StopNoticeId.of(exit.estateId(), exit.effectiveDate()));
        notice.estateId = EstateId.of(exit.estateId());
        notice.street = exit.street();
        notice.community = exit.community();
        notice.stoppedFrom = exit.effectiveDate();
        notice.reason = exit.reason();
        notice.learntAt = now;
        notice.record(SubsidyEvents.SUBSIDY_STOPPED, new SubsidyStopped(exit.estateId(), exit.street(), exit.community(),
                exit.effectiveDate(), exit.reason(), now), now);
        return notice;
    }

    @Override
    public StopNoticeId id() {
        return StopNoticeId.of(storedId());
    }

    @Override
    protected String partitionKey() {
        return estateId.value();
    }

    public EstateId estateId() {
        return estateId;
    }

    public LocalDate stoppedFrom() {
        return stoppedFrom;
    }

    public String street() {
        return street;
    }

    public String reason() {
        return reason;
    }

    public Instant learntAt() {
        return learntAt;
    }
}
