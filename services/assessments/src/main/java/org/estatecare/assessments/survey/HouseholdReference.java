package org.estatecare.assessments.survey;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A household as the street office writes it on a notice or a paper form: building, unit and room such as
 * {@code 3-2-501}. Used only to compute the household's keyed hash ({@link KeyedHashes}); never stored, and
 * never shown in logs (its {@code toString} hides it).
 */
public record HouseholdReference(String value) {

    public static final int MAX_LENGTH = 32;
    /** Up to four parts of letters and digits joined by '-', read in capitals so "a-1-101" and "A-1-101" are one household. */
    private static final Pattern FORM = Pattern.compile("^[0-9A-Z]+(-[0-9A-Z]+){0,3}$");

    public HouseholdReference {
        if (value == null || value.length() > MAX_LENGTH || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("a household reference is building, unit and room such as 3-2-501 "
                    + "(letters, digits, up to four parts joined by '-', at most " + MAX_LENGTH + " characters)");
        }
    }

    /** The reference as typed, with surrounding blanks dropped and letters in capitals. */
    public static HouseholdReference of(String typed) {
        return new HouseholdReference(typed == null ? null : typed.strip().toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return "HouseholdReference[not shown]";
    }
}
