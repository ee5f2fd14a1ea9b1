package org.estatecare.kit.domain;

/** The command is not allowed in the aggregate's current state (HTTP 409). */
public class StateConflictException extends DomainException {

    private final String currentState;
    private final String command;

    public StateConflictException(String command, String currentState) {
        super("state-conflict", "'" + command + "' is not allowed while the state is " + currentState, command, currentState);
        this.currentState = currentState;
        this.command = command;
    }

    public String currentState() {
        return currentState;
    }

    public String command() {
        return command;
    }
}
