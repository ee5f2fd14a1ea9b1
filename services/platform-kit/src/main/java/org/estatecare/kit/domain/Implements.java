package org.estatecare.kit.domain;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The rules of the policy (ids such as {@code R-EXIT-1}) that the annotated type decides: the
 * aggregate, value object, policy or service where the rule is checked or applied. The rule index
 * ({@code docs/rules.md}) is generated from it, so a reader goes from a rule to its code without a
 * search; name only the rules the type itself decides, not those it merely passes along.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Implements {

    /** Rule ids of the policy, e.g. {@code "R-AGR-1"}. */
    String[] value();
}
