package org.estatecare.assessments.inspection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.estatecare.events.codes.BasicService;

/** What an inspection checked of one basic service, item by item; its score is the share of items that passed. */
public record Checklist(BasicService service, List<CheckItem> items) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Checklist {
        Objects.requireNonNull(service, "service");
        items = items == null ? List.of() : List.copyOf(items);
    }

    public int checked() {
        return items.size();
    }

    public int passed() {
        return (int) items.stream().filter(CheckItem::passed).count();
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** Passed ÷ checked × 100, to 2 decimals HALF_UP, as the platform rounds every score. */
    public BigDecimal score() {
        if (isEmpty()) {
            throw new IllegalStateException("nothing of " + service + " was checked, so it has no score");
        }
        return BigDecimal.valueOf(passed()).multiply(HUNDRED).divide(BigDecimal.valueOf(checked()), 2, RoundingMode.HALF_UP);
    }

    /** Each basic service's score, of the checklists of one inspection (one checklist per service). */
    public static Map<BasicService, BigDecimal> scoresOf(List<Checklist> checklists) {
        Map<BasicService, BigDecimal> scores = new EnumMap<>(BasicService.class);
        checklists.forEach(checklist -> scores.put(checklist.service(), checklist.score()));
        return scores;
    }
}
