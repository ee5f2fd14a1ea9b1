package org.estatecare.events.ids;

/**
 * An aggregate's identity as a type of its own, so an estate id cannot be passed where an agreement id
 * is meant. On the wire and in storage it is its plain text {@link #value()}.
 */
public interface Identifier {

    String value();

    /** Longest id any service issues or accepts; longer input is refused before it reaches a query. */
    int MAX_LENGTH = 64;

    /** The checks every identifier's compact constructor makes. */
    static String checked(String value, String kind) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(kind + " must not be blank");
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(kind + " must be at most " + MAX_LENGTH + " characters");
        }
        return value;
    }
}
