package org.estatecare.assessments.survey;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * A one-time survey code as printed on a household's notice ({@code K7QM-2XWD-9HTC}): twelve characters of an
 * alphabet without the look-alikes 0/O and 1/I, 60 random bits. Stored only as a keyed hash; its
 * {@code toString} hides it so it never reaches a log.
 */
public record SurveyCode(String value) {

    static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 12;
    private static final int GROUP = 4;

    public SurveyCode {
        if (value == null || value.length() != LENGTH || value.chars().anyMatch(c -> ALPHABET.indexOf(c) < 0)) {
            throw new IllegalArgumentException("a survey code is the " + LENGTH + " letters and digits printed on the notice");
        }
    }

    /** A fresh code. */
    static SurveyCode random(SecureRandom random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new SurveyCode(code.toString());
    }

    /** The code as a resident types it: groups separated by '-' or blanks, in either case. */
    public static SurveyCode typed(String typed) {
        return new SurveyCode(typed == null ? null : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT));
    }

    /** In groups of four, as printed. */
    public String printed() {
        StringBuilder printed = new StringBuilder();
        for (int i = 0; i < LENGTH; i += GROUP) {
            printed.append(printed.isEmpty() ? "" : "-").append(value, i, i + GROUP);
        }
        return printed.toString();
    }

    @Override
    public String toString() {
        return "SurveyCode[not shown]";
    }
}
