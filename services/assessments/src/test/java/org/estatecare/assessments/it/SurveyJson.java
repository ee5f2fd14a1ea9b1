package org.estatecare.assessments.it;

import java.util.List;
import java.util.stream.Collectors;

/** Survey request bodies as a client would type them, for the survey tests over HTTP. */
final class SurveyJson {

    private SurveyJson() {
    }

    static String opening(String estate, String period) {
        return """
                {"estateId": "%s", "period": "%s"}""".formatted(estate, period);
    }

    static String households(String... references) {
        return """
                {"households": [%s]}""".formatted(List.of(references).stream().map(r -> "\"" + r + "\"")
                .collect(Collectors.joining(", ")));
    }

    /** Every basic service rated {@code services}, the whole {@code overall}. */
    static String ratings(int services, int overall) {
        return """
                "ratings": {"GATE_DUTY": %d, "PATROL": %d, "CLEANING": %d, "PARKING": %d}, "overall": %d"""
                .formatted(services, services, services, services, overall);
    }

    static String paper(String household, int services, int overall) {
        return "{\"household\": \"%s\", %s}".formatted(household, ratings(services, overall));
    }

    static String withCode(String code, int services, int overall) {
        return "{\"code\": \"%s\", %s}".formatted(code, ratings(services, overall));
    }
}
