package org.estatecare.assessments.survey;

import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.estatecare.events.ids.Identifier;

/** The id of one satisfaction survey, issued by this service when the street office opens it. */
public record SurveyId(@JsonValue String value) implements Identifier {

    /** Letters, digits and '-', as this service issues them: anything else in a URL is a typing error, not an id. */
    private static final Pattern FORM = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9-]*$");

    public SurveyId {
        Identifier.checked(value, "survey id");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("a survey id holds letters, digits and '-' only");
        }
    }

    @JsonCreator
    public static SurveyId of(String value) {
        return new SurveyId(value);
    }

    static SurveyId issue() {
        return new SurveyId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
