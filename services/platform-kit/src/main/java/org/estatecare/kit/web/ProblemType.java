package org.estatecare.kit.web;

import java.net.URI;

/** Stable problem types; a client may switch on {@link #uri()}. */
public enum ProblemType {
    VALIDATION("validation"),
    MALFORMED_BODY("malformed-body"),
    UNKNOWN_FIELD("unknown-field"),
    PAYLOAD_TOO_LARGE("payload-too-large"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type"),
    METHOD_NOT_ALLOWED("method-not-allowed"),
    NOT_ACCEPTABLE("not-acceptable"),
    NOT_FOUND("not-found"),
    STATE_CONFLICT("state-conflict"),
    RULE_VIOLATION("rule-violation"),
    STALE_VERSION("stale-version"),
    PRECONDITION_REQUIRED("precondition-required"),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused"),
    IDEMPOTENCY_IN_PROGRESS("idempotency-in-progress"),
    UNAUTHORIZED("unauthorized"),
    FORBIDDEN("forbidden"),
    INTERNAL("internal");

    public static final String BASE = "https://estatecare.org/problems/";

    private final String slug;

    ProblemType(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public URI uri() {
        return URI.create(BASE + slug);
    }

    public static ProblemType fromSlug(String slug) {
        for (ProblemType type : values()) {
            if (type.slug.equals(slug)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown problem type " + slug);
    }
}
