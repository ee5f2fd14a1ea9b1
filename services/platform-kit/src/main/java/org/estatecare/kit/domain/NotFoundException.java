package org.estatecare.kit.domain;

/**
 * The resource does not exist, or the caller may not know that it does: out-of-scope objects are
 * reported exactly like missing ones.
 */
public class NotFoundException extends DomainException {

    public NotFoundException(String kind, String id) {
        super("not-found", kind + " " + id + " not found", kind, id);
    }
}
