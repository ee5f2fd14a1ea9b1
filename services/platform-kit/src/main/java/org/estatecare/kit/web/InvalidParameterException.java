package org.estatecare.kit.web;

/** A query parameter the operation cannot serve as sent: 400 problem+json naming the parameter. */
public class InvalidParameterException extends RuntimeException {

    private final String parameter;
    private final String reason;

    public InvalidParameterException(String parameter, String reason) {
        super("parameter '" + parameter + "' " + reason);
        this.parameter = parameter;
        this.reason = reason;
    }

    public String parameter() {
        return parameter;
    }

    /** What is wrong with it, safe to show to the caller. */
    public String reason() {
        return reason;
    }
}
