package org.estatecare.kit.domain;

import java.util.Objects;

/**
 * One failed condition of a business rule: the policy rule id (e.g. {@code R-ELIG-1}), a stable
 * condition code (e.g. {@code municipal-approval}) and an English fallback message.
 */
public record Violation(String rule, String condition, String message) {

    public Violation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(message, "message");
    }

    /** Message key of this condition's localised text. */
    public String messageKey() {
        return "violation." + rule + "." + condition;
    }
}
