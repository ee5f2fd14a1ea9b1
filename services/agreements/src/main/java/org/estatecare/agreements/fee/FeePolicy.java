package org.estatecare.agreements.fee;

import java.time.LocalDate;
import java.util.List;

import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.domain.Violation;

/**
 * The district's fee standards as an agreement asks them (R-AGR-2): what is wrong with charging
 * {@code fee} for the estate on the days {@code from} to {@code to}, each failing stretch named with its
 * days; nothing when the fee fits throughout.
 */
public interface FeePolicy {

    List<Violation> violations(EstateId estate, Fee fee, LocalDate from, LocalDate to);
}
