package org.estatecare.assessments.survey;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;

import org.estatecare.events.codes.BasicService;

/**
 * One household's answer: a rating of 1 (very dissatisfied) to 5 (very satisfied) for each of the four basic
 * services and for the service overall. Only counted, never kept as such (see {@link SatisfactionTally}).
 */
public record SurveyAnswer(Map<BasicService, Integer> ratings, int overall) {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;
    /** R-ASM-4: satisfaction is the share of answers rating 4 or 5. */
    public static final int SATISFIED_FROM = 4;

    public SurveyAnswer {
        Objects.requireNonNull(ratings, "ratings");
        if (!ratings.keySet().equals(EnumSet.allOf(BasicService.class))) {
            throw new IllegalArgumentException("an answer rates each of the four basic services");
        }
        ratings.values().forEach(SurveyAnswer::requireRating);
        requireRating(overall);
        ratings = Collections.unmodifiableMap(new EnumMap<>(ratings));
    }

    public boolean satisfiedWith(BasicService service) {
        return ratings.get(service) >= SATISFIED_FROM;
    }

    public boolean satisfiedOverall() {
        return overall >= SATISFIED_FROM;
    }

    private static void requireRating(Integer rating) {
        if (rating == null || rating < LOWEST || rating > HIGHEST) {
            throw new IllegalArgumentException("a rating is a whole number from " + LOWEST + " to " + HIGHEST);
        }
    }

    @Override
    public String toString() {
        return "SurveyAnswer[not shown]";
    }
}
