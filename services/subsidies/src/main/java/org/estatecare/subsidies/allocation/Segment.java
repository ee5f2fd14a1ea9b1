package org.estatecare.subsidies.allocation;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.estatecare.events.codes.EstateClass;
import org.estatecare.events.codes.Grade;
import org.estatecare.subsidies.policy.RateUnit;

/**
 * Consecutive days of a line on which everything that prices them is the same: the rate (and the decision's
 * version), the class, the quantity it is paid by (m² or households), the grade and its factor. {@code exact} is
 * rate × quantity × factor × days ÷ days of the month, unrounded; the line rounds its sum once.
 */
public record Segment(LocalDate from, LocalDate to, int days, EstateClass estateClass, BigDecimal rate, RateUnit unit,
                      long rateVersion, BigDecimal quantity, Grade grade, String assessmentId, BigDecimal factor,
                      SegmentStatus status, BigDecimal exact) {

    /** Whether {@code other} prices its days as this one does, so that a day of it extends this segment. */
    boolean pricedAs(Segment other) {
        return estateClass == other.estateClass && rate.compareTo(other.rate) == 0 && unit == other.unit
                && rateVersion == other.rateVersion && quantity.compareTo(other.quantity) == 0 && grade == other.grade
                && java.util.Objects.equals(assessmentId, other.assessmentId) && factor.compareTo(other.factor) == 0
                && status == other.status;
    }
}
