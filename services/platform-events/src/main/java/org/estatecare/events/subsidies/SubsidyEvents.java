package org.estatecare.events.subsidies;

import java.util.List;

import org.estatecare.events.EventContract;

/**
 * The events of topic {@value #TOPIC}; source {@code /estatecare/subsidies}. Line, adjustment and stop events are
 * keyed by the estate id; run events by the run id.
 */
public final class SubsidyEvents {

    public static final String TOPIC = "subsidies.v1";

    public static final EventContract<SubsidyLineComputed> LINE_COMPUTED =
            new EventContract<>(TOPIC, "subsidies.line.computed", SubsidyLineComputed.class);
    public static final EventContract<SubsidyAdjustmentRaised> ADJUSTMENT_RAISED =
            new EventContract<>(TOPIC, "subsidies.adjustment.raised", SubsidyAdjustmentRaised.class);
    public static final EventContract<SubsidyStopped> SUBSIDY_STOPPED =
            new EventContract<>(TOPIC, "subsidies.subsidy.stopped", SubsidyStopped.class);
    public static final EventContract<RunApproved> RUN_APPROVED =
            new EventContract<>(TOPIC, "subsidies.run.approved", RunApproved.class);
    public static final EventContract<RunDisbursed> RUN_DISBURSED =
            new EventContract<>(TOPIC, "subsidies.run.disbursed", RunDisbursed.class);

    private SubsidyEvents() {
    }

    public static List<EventContract<?>> all() {
        return List.of(LINE_COMPUTED, ADJUSTMENT_RAISED, SUBSIDY_STOPPED, RUN_APPROVED, RUN_DISBURSED);
    }
}
