package org.estatecare.assessments.inspection;

import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.estatecare.events.ids.Identifier;

/** The id of one inspection, issued by this service when it is recorded. */
public record InspectionId(@JsonValue String value) implements Identifier {

    /** Letters, digits and '-', as this service issues them: anything else in a URL is a typing error, not an id. */
    private static final Pattern FORM = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9-]*$");

    public InspectionId {
        Identifier.checked(value, "inspection id");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("an inspection id holds letters, digits and '-' only");
        }
    }

    @JsonCreator
    public static InspectionId of(String value) {
        return new InspectionId(value);
    }

    static InspectionId issue() {
        return new InspectionId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
