package org.estatecare.assessments.assessment;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.estatecare.assessments.scoring.AssessmentPeriod;
import org.estatecare.events.ids.EstateId;
import org.estatecare.events.ids.Identifier;

/**
 * The id of one assessment: an estate's period, or the part of it one company served. Derived from
 * what it assesses, so computing the same period again finds the same assessment instead of a second.
 */
public record AssessmentId(@JsonValue String value) implements Identifier {

    public AssessmentId {
        Identifier.checked(value, "assessment id");
    }

    @JsonCreator
    public static AssessmentId of(String value) {
        return new AssessmentId(value);
    }

    /** The assessment of {@code estate}'s days of {@code period} from {@code spellFrom}. */
    public static AssessmentId of(EstateId estate, AssessmentPeriod period, LocalDate spellFrom) {
        String name = estate.value() + "|" + period + "|" + spellFrom;
        return new AssessmentId(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
