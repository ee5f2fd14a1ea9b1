package org.estatecare.assessments.inspection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.estatecare.events.codes.AgreedDuty;
import org.estatecare.events.codes.BasicService;
import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.Violation;

/**
 * What an inspection checked of one basic service, item by item; its score is the share of items that passed. A line
 * may check one of the company's duties under its agreement, which belongs to this service (R-AGR-5).
 */
@Implements("R-AGR-5")
public record Checklist(BasicService service, List<CheckItem> items) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Checklist {
        Objects.requireNonNull(service, "service");
        items = items == null ? List.of() : List.copyOf(items);
        List<Violation> misplaced = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            AgreedDuty duty = items.get(i).duty();
            if (duty != null && duty.service() != service) {
                misplaced.add(new Violation("R-AGR-5", "duty-of-another-service", duty.label() + " belongs to "
                        + duty.service().label() + ", not to " + service.label(), service.name() + ".items[" + i + "].duty"));
            }
        }
        if (!misplaced.isEmpty()) {
            throw new RuleViolationException(misplaced);
        }
    }

    /**
     * How an inspection found the company's duties under its agreement (R-AGR-5), of {@code checklists}: per duty, whether
     * every line checking it passed; a duty no line checks is absent.
     */
    public static Map<AgreedDuty, Boolean> dutiesChecked(List<Checklist> checklists) {
        Map<AgreedDuty, Boolean> checked = new EnumMap<>(AgreedDuty.class);
        checklists.forEach(checklist -> checklist.items().stream().filter(item -> item.duty() != null)
                .forEach(item -> checked.merge(item.duty(), item.passed(), Boolean::logicalAnd)));
        return checked;
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
