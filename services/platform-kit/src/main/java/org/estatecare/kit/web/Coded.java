package org.estatecare.kit.web;

import java.util.Arrays;
import java.util.List;

import org.estatecare.events.codes.LabelledCode;

/** An enum code with its Chinese label, as every view and every {@code /api/codes/…} answer shows codes. */
public record Coded(String code, String label) {

    /** A code as views show it; null for no code. */
    public static Coded of(LabelledCode code) {
        return code == null ? null : new Coded(code.name(), code.label());
    }

    /** Every constant of a code enum with its label, in declaration order. */
    public static <E extends Enum<E> & LabelledCode> List<Coded> all(Class<E> codes) {
        return Arrays.stream(codes.getEnumConstants()).map(Coded::of).toList();
    }
}
