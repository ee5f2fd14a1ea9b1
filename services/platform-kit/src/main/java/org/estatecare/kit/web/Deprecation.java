package org.estatecare.kit.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An operation that is going away. Each answer says so in {@code Deprecation} (RFC 9745: since when) and
 * {@code Sunset} (RFC 8594: the first day it may be gone) headers, with a {@code Link} to its successor; the OpenAPI
 * document marks it {@code deprecated} with {@code x-deprecated-on}, {@code x-sunset} and {@code x-successor}; and
 * {@code docs/api/CHANGELOG.md} lists it (a test compares the two). Only after its sunset may the operation leave the
 * API without failing the build's change control.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Deprecation {

    /** The day it was deprecated, ISO ({@code 2026-12-05}). */
    String since();

    /** The first day it may be gone, ISO; at least 180 days after {@link #since()}. */
    String sunset();

    /** What to call instead: {@code METHOD /path} of the successor operation. */
    String successor();
}
