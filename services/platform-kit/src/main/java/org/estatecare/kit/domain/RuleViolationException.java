package org.estatecare.kit.domain;

import java.util.List;

/** A command refused because business rules fail; names every failed condition (HTTP 422). */
public class RuleViolationException extends DomainException {

    private final List<Violation> violations;

    public RuleViolationException(List<Violation> violations) {
        super("rule-violation", "refused: " + violations.stream().map(Violation::message).toList());
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a rule violation needs at least one failed condition");
        }
        this.violations = List.copyOf(violations);
    }

    public RuleViolationException(Violation violation) {
        this(List.of(violation));
    }

    public List<Violation> violations() {
        return violations;
    }
}
