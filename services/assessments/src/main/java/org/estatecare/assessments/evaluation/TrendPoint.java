package org.estatecare.assessments.evaluation;

import java.math.BigDecimal;
import java.util.Map;

import org.estatecare.events.codes.Grade;

/** A street's or company's standing in one period of a trend; {@code meanScore} null when nothing was published. */
public record TrendPoint(String period, int estates, BigDecimal meanScore, Map<Grade, Long> grades) {
}
