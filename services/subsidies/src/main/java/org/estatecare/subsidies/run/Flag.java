package org.estatecare.subsidies.run;

import java.math.BigDecimal;

import org.estatecare.events.ids.EstateId;

/**
 * One thing a run flags: a street over its budget ({@code amount} the year's allocation with this run, {@code limit}
 * the budget), an estate's days that earned nothing (and why), or a recipient an audit put on hold.
 */
public record Flag(FlagKind kind, String street, EstateId estateId, String recipientId, String detail, BigDecimal amount,
                   BigDecimal limit) {
}
