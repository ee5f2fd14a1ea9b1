package org.estatecare.assessments.scheme;

import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.estatecare.events.ids.Identifier;

/**
 * A scheme is named by whose it is: {@code district} for the district's default, or the street's code
 * (R-ASM-1: each street office sets its own). A street has one scheme, with its versions.
 */
public record SchemeId(@JsonValue String value) implements Identifier {

    public static final String DISTRICT_VALUE = "district";
    /** The form of a street's code, as the registry issues and tokens carry them. */
    public static final String STREET_CODE = "^[a-z0-9][a-z0-9-]{1,39}$";
    private static final Pattern STREET = Pattern.compile(STREET_CODE);
    /** The district's scheme (declared after the pattern its constructor checks against). */
    public static final SchemeId DISTRICT = new SchemeId(DISTRICT_VALUE);

    public SchemeId {
        Identifier.checked(value, "scheme id");
        if (!STREET.matcher(value).matches()) {
            throw new IllegalArgumentException("a scheme id is 'district' or a street's code (lower-case letters, digits, '-')");
        }
    }

    @JsonCreator
    public static SchemeId of(String value) {
        return new SchemeId(value);
    }

    public static SchemeId ofStreet(String street) {
        SchemeId id = new SchemeId(street);
        if (id.isDistrict()) {
            throw new IllegalArgumentException("'district' names the district's scheme, not a street");
        }
        return id;
    }

    public boolean isDistrict() {
        return DISTRICT_VALUE.equals(value);
    }

    /** The street whose scheme this is; empty for the district's. */
    public Optional<String> street() {
        return isDistrict() ? Optional.empty() : Optional.of(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
