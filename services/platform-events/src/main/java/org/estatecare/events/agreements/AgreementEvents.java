package org.estatecare.events.agreements;

import java.util.List;

import org.estatecare.events.EventContract;

/** The events of topic {@value #TOPIC}; key is the estate id; source {@code /estatecare/agreements}. */
public final class AgreementEvents {

    public static final String TOPIC = "agreements.v1";

    public static final EventContract<AgreementSigned> SIGNED =
            new EventContract<>(TOPIC, "agreements.agreement.signed", AgreementSigned.class);
    public static final EventContract<AgreementAmended> AMENDED =
            new EventContract<>(TOPIC, "agreements.agreement.amended", AgreementAmended.class);
    public static final EventContract<AgreementSigned> RENEWED =
            new EventContract<>(TOPIC, "agreements.agreement.renewed", AgreementSigned.class);
    public static final EventContract<AgreementEnded> TERMINATED =
            new EventContract<>(TOPIC, "agreements.agreement.terminated", AgreementEnded.class);
    public static final EventContract<AgreementEnded> EXPIRED =
            new EventContract<>(TOPIC, "agreements.agreement.expired", AgreementEnded.class);
    public static final EventContract<FeePeriodPublished> FEE_PERIOD_PUBLISHED =
            new EventContract<>(TOPIC, "agreements.fee-period.published", FeePeriodPublished.class);
    public static final EventContract<SubsidyUseReported> SUBSIDY_USE_REPORTED =
            new EventContract<>(TOPIC, "agreements.subsidy-use.reported", SubsidyUseReported.class);
    public static final EventContract<EstateFeeClassChanged> FEE_CLASS_CHANGED =
            new EventContract<>(TOPIC, "agreements.fee-class.changed", EstateFeeClassChanged.class);

    private AgreementEvents() {
    }

    public static List<EventContract<?>> all() {
        return List.of(SIGNED, AMENDED, RENEWED, TERMINATED, EXPIRED, FEE_PERIOD_PUBLISHED, SUBSIDY_USE_REPORTED,
                FEE_CLASS_CHANGED);
    }
}
