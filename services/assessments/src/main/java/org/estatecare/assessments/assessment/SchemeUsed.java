package org.estatecare.assessments.assessment;

import java.math.BigDecimal;
import java.util.Map;

import org.estatecare.events.codes.Grade;

/**
 * The scheme version an assessment was scored by, with the reward shares it gives each grade (R-SUB-2),
 * kept with the assessment so that the published reward never depends on a later version.
 */
public record SchemeUsed(String scheme, int version, Map<Grade, BigDecimal> rewardShares) {

    public SchemeUsed {
        rewardShares = rewardShares == null ? Map.of() : Map.copyOf(rewardShares);
    }

    public BigDecimal rewardShare(Grade grade) {
        return rewardShares.getOrDefault(grade, BigDecimal.ZERO);
    }
}
