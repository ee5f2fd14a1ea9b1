package org.estatecare.registry.estate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.domain.Violation;

/**
 * One takeover acceptance attempt against the standard (R-TAKE-1, R-TAKE-2), numbered from 1: the date,
 * every item's result, who recorded it and on what documents. It passes only when no item fails; a failed
 * attempt lists the items to put right and the estate awaits a re-acceptance.
 */
@Implements({"R-TAKE-1", "R-TAKE-2"})
public record TakeoverAttempt(int number, LocalDate acceptedOn, List<ItemCheck> items, TakeoverResult result,
                              Recorder recordedBy, Instant recordedAt, List<String> documents, String note) {

    public TakeoverAttempt {
        items = List.copyOf(items);
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    static TakeoverAttempt of(int number, LocalDate acceptedOn, List<ItemCheck> items, Recorder recorder,
                              Decision decision, Instant now) {
        TakeoverResult result = items.stream().anyMatch(check -> check.result() == ItemResult.FAIL)
                ? TakeoverResult.FAIL : TakeoverResult.PASS;
        return new TakeoverAttempt(number, acceptedOn, items, result, recorder, now, decision.documents(), decision.note());
    }

    /** The failed items, each with its note on what to put right. */
    public List<ItemCheck> itemsToPutRight() {
        return items.stream().filter(check -> check.result() == ItemResult.FAIL).toList();
    }

    /**
     * R-TAKE-2: the estate is received strictly by the standard. Every item is checked once; only an item
     * checked where applicable may be not applicable; a failed item says what to put right.
     */
    static List<Violation> checklistProblems(List<ItemCheck> items) {
        List<Violation> violations = new ArrayList<>();
        Set<TakeoverItem> seen = EnumSet.noneOf(TakeoverItem.class);
        for (int i = 0; i < items.size(); i++) {
            ItemCheck check = items.get(i);
            if (!seen.add(check.item())) {
                violations.add(new Violation("R-TAKE-2", "item-repeated", "item " + check.item() + " is given more than once",
                        "items[" + i + "].item"));
            }
            if (check.result() == ItemResult.NOT_APPLICABLE && !check.item().whereApplicable()) {
                violations.add(new Violation("R-TAKE-2", "item-always-applies", "item " + check.item()
                        + " applies to every estate and cannot be marked not applicable", "items[" + i + "].result"));
            }
            if (check.result() == ItemResult.FAIL && check.note() == null) {
                violations.add(new Violation("R-TAKE-2", "failed-item-without-note", "failed item " + check.item()
                        + " needs a note saying what to put right", "items[" + i + "].note"));
            }
        }
        List<TakeoverItem> missing = Arrays.stream(TakeoverItem.values()).filter(item -> !seen.contains(item)).toList();
        if (!missing.isEmpty()) {
            violations.add(new Violation("R-TAKE-2", "items-missing", "every item of the standard is checked; missing: "
                    + missing.stream().map(TakeoverItem::name).collect(Collectors.joining(", ")), "items"));
        }
        return violations;
    }
}
