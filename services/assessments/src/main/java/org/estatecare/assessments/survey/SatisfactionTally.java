package org.estatecare.assessments.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.estatecare.events.codes.BasicService;
import org.estatecare.kit.domain.Implements;

/**
 * What a survey keeps of its answers: how many there are and how many rated each basic service and the service
 * overall 4 or 5. No single answer is stored, so none can be shown or linked to a household later.
 *
 * @param satisfied per basic service, the answers that rated it 4 or 5
 */
@Implements("R-ASM-4")
public record SatisfactionTally(int answers, Map<BasicService, Integer> satisfied, int satisfiedOverall) {

    /** Shares are kept to four decimals, HALF_UP, as the event and the scoring read them. */
    public static final int SHARE_SCALE = 4;

    public SatisfactionTally {
        Map<BasicService, Integer> counts = new EnumMap<>(BasicService.class);
        for (BasicService service : BasicService.values()) {
            Integer count = satisfied == null ? null : satisfied.get(service);
            counts.put(service, count == null ? 0 : count);
        }
        if (answers < 0 || satisfiedOverall < 0 || satisfiedOverall > answers
                || counts.values().stream().anyMatch(count -> count < 0 || count > answers)) {
            throw new IllegalArgumentException("a tally counts at most as many satisfied answers as answers");
        }
        satisfied = Collections.unmodifiableMap(counts);
    }

    public static SatisfactionTally empty() {
        return new SatisfactionTally(0, Map.of(), 0);
    }

    /** This tally with one more answer counted. */
    public SatisfactionTally plus(SurveyAnswer answer) {
        Map<BasicService, Integer> counts = new EnumMap<>(satisfied);
        for (BasicService service : BasicService.values()) {
            if (answer.satisfiedWith(service)) {
                counts.merge(service, 1, Integer::sum);
            }
        }
        return new SatisfactionTally(answers + 1, counts, satisfiedOverall + (answer.satisfiedOverall() ? 1 : 0));
    }

    /** R-ASM-4: the share of answers rating the service overall 4–5; 0 when nobody answered. */
    public BigDecimal overallShare() {
        return share(satisfiedOverall);
    }

    /** The share of answers rating this basic service 4–5; 0 when nobody answered. */
    public BigDecimal share(BasicService service) {
        return share(satisfied.get(service));
    }

    private BigDecimal share(int count) {
        if (answers == 0) {
            return BigDecimal.ZERO.setScale(SHARE_SCALE);
        }
        return BigDecimal.valueOf(count).divide(BigDecimal.valueOf(answers), SHARE_SCALE, RoundingMode.HALF_UP);
    }
}
