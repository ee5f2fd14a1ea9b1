package org.estatecare.kit.domain;

import java.util.List;

/**
 * A refusal decided by the domain. {@code code} names the message (localised by the web layer) and
 * {@code arguments} fill it; {@link #getMessage()} is the English fallback, for logs.
 */
public abstract class DomainException extends RuntimeException {

    private final String code;
    private final List<Object> arguments;

    protected DomainException(String code, String message, Object... arguments) {
        super(message);
        this.code = code;
        this.arguments = List.of(arguments);
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
