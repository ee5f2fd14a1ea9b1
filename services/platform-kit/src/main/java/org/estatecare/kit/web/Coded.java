package org.estatecare.kit.web;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** An enum code with its Chinese label, as every view and every {@code /api/codes/…} answer shows codes. */
public record Coded(String code, String label) {

    /** Every constant of an enum with its label, in declaration order. */
    public static <E extends Enum<E>> List<Coded> all(E[] values, Function<E, String> label) {
        return Arrays.stream(values).map(v -> new Coded(v.name(), label.apply(v))).toList();
    }
}
