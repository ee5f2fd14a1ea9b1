package org.estatecare.kit.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.estatecare.events.ids.Identifier;

/**
 * A typed id whose text this service accepts: {@link #ID} unless a narrower {@code pattern} is
 * given. The id records check only length and blankness; what may be typed into a request is the API's
 * business, so an id full of spaces or markup is a 400, not a lookup.
 */
@Documented
@Constraint(validatedBy = WellFormedId.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface WellFormedId {

    String pattern() default ID;

    /** What the platform issues and accepts as an id: a letter or digit, then letters, digits and {@code _ . : -}. */
    String ID = "^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$";

    String message() default "is not a well-formed identifier";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Null is left to {@code @NotNull}. */
    class Check implements ConstraintValidator<WellFormedId, Identifier> {

        private java.util.regex.Pattern pattern;

        @Override
        public void initialize(WellFormedId annotation) {
            pattern = java.util.regex.Pattern.compile(annotation.pattern());
        }

        @Override
        public boolean isValid(Identifier id, ConstraintValidatorContext context) {
            return id == null || pattern.matcher(id.value()).matches();
        }
    }
}
