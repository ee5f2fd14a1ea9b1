package org.estatecare.assessments.survey.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.estatecare.assessments.survey.HouseholdReference;
import org.estatecare.assessments.survey.SurveyAnswer;
import org.estatecare.events.codes.BasicService;
import org.estatecare.events.ids.EstateId;

/**
 * Request bodies of the survey endpoints, checked field by field before anything is decided. A household is
 * building, unit and room as on the notice ({@code 3-2-501}); a code is the twelve characters printed on it, in
 * groups of four separated by '-' or a blank, or not; each rating is a whole number from 1 to 5.
 */
final class SurveyRequests {

    /** A month ({@code 2026-03}) or a quarter ({@code 2026-Q1}) of the years the platform serves. */
    static final String PERIOD = "^(20\\d\\d|2100)-(0[1-9]|1[0-2]|Q[1-4])$";
    static final String HOUSEHOLD = "^[0-9A-Za-z]+(-[0-9A-Za-z]+){0,3}$";
    static final String CODE = "^[0-9A-Za-z]{4}[- ]?[0-9A-Za-z]{4}[- ]?[0-9A-Za-z]{4}$";
    /** A building's worth of notices per request; more are issued in further requests. */
    static final int MAX_HOUSEHOLDS = 500;

    private SurveyRequests() {
    }

    /** Opens the survey of an estate for a period. */
    record Opening(@NotNull EstateId estateId, @NotNull @Pattern(regexp = PERIOD) String period) {
    }

    /** The households to print notices with codes for. */
    record CodeRequest(@NotNull @Size(min = 1, max = MAX_HOUSEHOLDS)
                       List<@NotNull @Size(max = HouseholdReference.MAX_LENGTH) @Pattern(regexp = HOUSEHOLD) String> households) {

        List<HouseholdReference> references() {
            return households.stream().map(HouseholdReference::of).toList();
        }
    }

    /** A paper form as the street office enters it. */
    record PaperAnswer(@NotNull @Size(max = HouseholdReference.MAX_LENGTH) @Pattern(regexp = HOUSEHOLD) String household,
                       @NotNull @Valid Ratings ratings, @NotNull @Min(1) @Max(5) Integer overall) {

        SurveyAnswer answer() {
            return new SurveyAnswer(ratings.byService(), overall);
        }
    }

    /** A resident's answer with the code from the notice. */
    record CodeAnswer(@NotNull @Size(max = 14) @Pattern(regexp = CODE) String code, @NotNull @Valid Ratings ratings,
                      @NotNull @Min(1) @Max(5) Integer overall) {

        SurveyAnswer answer() {
            return new SurveyAnswer(ratings.byService(), overall);
        }
    }

    /** A rating of each basic service, named by its code. */
    record Ratings(@JsonProperty("GATE_DUTY") @NotNull @Min(1) @Max(5) Integer gateDuty,
                   @JsonProperty("PATROL") @NotNull @Min(1) @Max(5) Integer patrol,
                   @JsonProperty("CLEANING") @NotNull @Min(1) @Max(5) Integer cleaning,
                   @JsonProperty("PARKING") @NotNull @Min(1) @Max(5) Integer parking) {

        Map<BasicService, Integer> byService() {
            Map<BasicService, Integer> ratings = new EnumMap<>(BasicService.class);
            ratings.put(BasicService.GATE_DUTY, gateDuty);
            ratings.put(BasicService.PATROL, patrol);
            ratings.put(BasicService.CLEANING, cleaning);
            ratings.put(BasicService.PARKING, parking);
            return ratings;
        }
    }
}
