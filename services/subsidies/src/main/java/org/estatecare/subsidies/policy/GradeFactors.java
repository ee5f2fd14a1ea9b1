package org.estatecare.subsidies.policy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.estatecare.events.codes.Grade;

/**
 * R-SUB-2: the district's table of how much of the district share each assessment grade earns (优秀 100 %, 良好 90 %,
 * 合格 70 %, 不合格 withheld until a re-inspection passes), from {@code effectiveFrom} on. The municipal share is never
 * scaled.
 */
public record GradeFactors(Map<Grade, BigDecimal> factors, LocalDate effectiveFrom, long version, String decidedBy,
                           Instant decidedAt) implements Dated {

    /** The table in force until the district decides one: the policy's example. */
    public static GradeFactors districtDefault() {
        Map<Grade, BigDecimal> factors = new EnumMap<>(Grade.class);
        factors.put(Grade.EXCELLENT, new BigDecimal("1.00"));
        factors.put(Grade.GOOD, new BigDecimal("0.90"));
        factors.put(Grade.PASS, new BigDecimal("0.70"));
        factors.put(Grade.FAIL, new BigDecimal("0.00"));
        return new GradeFactors(factors, LocalDate.of(2000, 1, 1), 0, "district-default", Instant.EPOCH);
    }

    public GradeFactors {
        factors = Map.copyOf(factors);
    }

    public BigDecimal of(Grade grade) {
        return factors.get(grade);
    }
}
