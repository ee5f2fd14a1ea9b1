package org.estatecare.complaints.routing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.Violation;

/**
 * A division-of-duties decision as written: what the district admin sends, and what the service ships as the
 * district's first decision. Deadlines read as {@code 2 working days} or {@code 24 hours} ({@link Deadline}).
 */
public record DutyDecisionText(String version, LocalDate effectiveFrom, String reference, String note,
                               Map<Category, List<StepText>> chains) {

    /** One step as written. */
    public record StepText(HandlerKind kind, String department, String acknowledge, String resolve, HandlerKind informs) {

        static StepText of(Step step) {
            return new StepText(step.kind(), step.department(), step.acknowledge().toString(), step.resolve().toString(),
                    step.informs());
        }
    }

    /** The chains as steps; every step that does not make sense is refused (422), naming where it is. */
    public Map<Category, List<Step>> steps() {
        Map<Category, List<Step>> steps = new EnumMap<>(Category.class);
        List<Violation> refused = new ArrayList<>();
        (chains == null ? Map.<Category, List<StepText>>of() : chains).forEach((category, chain) -> {
            List<Step> read = new ArrayList<>();
            for (int i = 0; i < (chain == null ? 0 : chain.size()); i++) {
                String where = "chains." + category.name() + "[" + i + "]";
                StepText text = chain.get(i);
                try {
                    if (text == null) {
                        throw new IllegalArgumentException("a step names its handler and deadlines");
                    }
                    read.add(new Step(text.kind(), blankToNull(text.department()), Deadline.valueOf(text.acknowledge()),
                            Deadline.valueOf(text.resolve()), text.informs()));
                } catch (IllegalArgumentException | NullPointerException e) {
                    refused.add(new Violation(DutyDivision.RULE, "step-invalid", where + ": " + e.getMessage(), where));
                }
            }
            steps.put(category, read);
        });
        if (!refused.isEmpty()) {
            throw new RuleViolationException(refused);
        }
        return steps;
    }

    /** The written form of a decision's chains. */
    public static Map<Category, List<StepText>> texts(Map<Category, List<Step>> chains) {
        Map<Category, List<StepText>> texts = new EnumMap<>(Category.class);
        chains.forEach((category, chain) -> texts.put(category, chain.stream().map(StepText::of).toList()));
        return texts;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
