package org.estatecare.registry.territory;

/** A community (社区) with its residents' committee, inside one street. */
public record Community(String code, String name) {
}
