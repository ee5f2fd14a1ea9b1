package org.estatecare.kit.domain;

/**
 * A change that must name the version it changes arrived without one (HTTP 428). Raised when the
 * command reaches the aggregate, so who may act and whether the aggregate exists are answered first.
 */
public class RevisionRequiredException extends DomainException {

    public RevisionRequiredException() {
        this("If-Match is required: read the current version and send its ETag");
    }

    /** With a message naming what must be read first. */
    public RevisionRequiredException(String message) {
        super("revision-required", message);
    }
}
