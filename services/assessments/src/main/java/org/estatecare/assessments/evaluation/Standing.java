package org.estatecare.assessments.evaluation;

import java.math.BigDecimal;
import java.util.Map;

import org.estatecare.events.codes.Grade;

/**
 * A street's or company's standing in a period: its rank (ties share one), the estates it had assessed, the
 * assessments counted, the mean score weighted by the days each covers, and how many of each grade (all four).
 */
public record Standing(int rank, String key, int estates, int assessments, BigDecimal meanScore, Map<Grade, Long> grades) {
}
