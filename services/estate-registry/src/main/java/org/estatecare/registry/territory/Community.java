package org.estatecare.registry.territory;

/** A community (社区) with its residents' committee, inside one street. */
public record Community(String code, String name) {

    /** The shape of a community's code, wherever one is given (also the token claim {@code community}). */
    public static final String CODE = "[a-z0-9-]{2,60}";
}
