package org.estatecare.kit.domain;

import java.util.Objects;

/**
 * One failed condition of a business rule: the policy rule id (e.g. {@code R-ELIG-1}), a stable
 * condition code (e.g. {@code municipal-approval}), an English fallback message, and optionally what
 * it is about (a month, another record's id) for clients to act on and for the localised text
 * ({@code {0}}).
 */
public record Violation(String rule, String condition, String message, String about) {

    public Violation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(message, "message");
    }

    public Violation(String rule, String condition, String message) {
        this(rule, condition, message, null);
    }

    /** Message key of this condition's localised text. */
    public String messageKey() {
        return "violation." + rule + "." + condition;
    }
}
