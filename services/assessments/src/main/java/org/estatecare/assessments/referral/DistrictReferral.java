package org.estatecare.assessments.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.estatecare.events.codes.LabelledCode;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.domain.Aggregate;
import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.StateConflictException;
import org.estatecare.kit.domain.Violation;

/**
 * A problem the street level could not solve, with the district to coordinate (R-DIST-1): an action item of a joint
 * meeting left undone past its deadline, referred by itself, or a major or legacy problem (重大问题、遗留问题) a street
 * the district takes up directly. The district records how it was settled; a settled referral is closed.
 */
@Implements("R-DIST-1")
public class DistrictReferral extends Aggregate<ReferralId> {

    public static final String RULE = "R-DIST-1";

    public enum Kind implements LabelledCode {
        OVERDUE_ACTION_ITEM("联席会议议定事项逾期未落实"),
        MAJOR("重大问题"),
        LEGACY("遗留问题");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    public enum Status implements LabelledCode {
        OPEN("待区级协调"),
        SETTLED("已协调解决");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** The joint meeting's action item it came from. */
    public record Source(String meetingId, int actionItem, String owner, LocalDate deadline) {
    }

    /** How the district settled it: what was done, by whom, on which day. */
    public record Settlement(String how, LocalDate settledOn, String settledBy, Instant recordedAt) {
    }

    private Kind kind;
    private String street;
    private EstateId estateId;
    private String description;
    private Source source;
    private LocalDate raisedOn;
    private String raisedBy;
    private Status status;
    private Settlement settlement;

    protected DistrictReferral() {
    }

    private DistrictReferral(ReferralId id) {
        super(id);
    }

    @Override
    public ReferralId id() {
        return new ReferralId(storedId());
    }

    /** An action item of a joint meeting left undone past its deadline, referred by the scheduled pass. */
    public static DistrictReferral ofOverdueActionItem(String meetingId, int number, String street, EstateId estate,
                                                       String description, String owner, LocalDate deadline, LocalDate today) {
        DistrictReferral referral = new DistrictReferral(ReferralId.forActionItem(meetingId, number));
        referral.kind = Kind.OVERDUE_ACTION_ITEM;
        referral.street = street;
        referral.estateId = estate;
        referral.description = description;
        referral.source = new Source(meetingId, number, owner, deadline);
        referral.raisedOn = today;
        referral.raisedBy = "system";
        referral.status = Status.OPEN;
        referral.changed();
        return referral;
    }

    /** A major or legacy problem raised with the district. */
    public static DistrictReferral raise(Kind kind, String street, EstateId estate, String description, String actor, LocalDate today) {
        if (kind == Kind.OVERDUE_ACTION_ITEM) {
            throw new RuleViolationException(new Violation(RULE, "overdue-items-refer-themselves", "overdue action items go to the district "
                    + "by themselves; raise a major or legacy problem", "kind"));
        }
        DistrictReferral referral = new DistrictReferral(ReferralId.issue());
        referral.kind = Objects.requireNonNull(kind);
        referral.street = street;
        referral.estateId = estate;
        referral.description = description;
        referral.raisedOn = today;
        referral.raisedBy = actor;
        referral.status = Status.OPEN;
        referral.changed();
        return referral;
    }

    /** The district records how it settled the problem; once. Not dated after today, nor before it was raised. */
    public void settle(String how, LocalDate settledOn, String actor, LocalDate today, Instant now) {
        if (status == Status.SETTLED) {
            throw new StateConflictException("settle", Status.SETTLED.name());
        }
        if (settledOn.isAfter(today) || settledOn.isBefore(raisedOn)) {
            throw new RuleViolationException(new Violation(RULE, "settled-on-outside", "settled between the day it was raised ("
                    + raisedOn + ") and today", "settledOn"));
        }
        settlement = new Settlement(how, settledOn, actor, now);
        status = Status.SETTLED;
        changed();
    }

    public Kind kind() {
        return kind;
    }

    public String street() {
        return street;
    }

    public Optional<EstateId> estateId() {
        return Optional.ofNullable(estateId);
    }

    public String description() {
        return description;
    }

    public Optional<Source> source() {
        return Optional.ofNullable(source);
    }

    public LocalDate raisedOn() {
        return raisedOn;
    }

    public String raisedBy() {
        return raisedBy;
    }

    public Status status() {
        return status;
    }

    public Optional<Settlement> settlement() {
        return Optional.ofNullable(settlement);
    }
}
