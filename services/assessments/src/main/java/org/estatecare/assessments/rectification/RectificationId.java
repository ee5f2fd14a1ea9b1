package org.estatecare.assessments.rectification;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.estatecare.events.ids.Identifier;

/**
 * The id of one rectification order. Derived from its cause (the finding, or the failing assessment), so the
 * same cause met twice (a retry, a restart, a correction restating a finding) finds the order instead of a second.
 */
public record RectificationId(@JsonValue String value) implements Identifier {

    public RectificationId {
        Identifier.checked(value, "rectification id");
    }

    @JsonCreator
    public static RectificationId of(String value) {
        return new RectificationId(value);
    }

    /** The order for one finding of an inspection or a re-inspection. */
    public static RectificationId forFinding(String findingId) {
        return derived("finding|" + findingId);
    }

    /** The order for an assessment's failing grade: one per assessment, whatever its revisions. */
    public static RectificationId forFailingGrade(String assessmentId) {
        return derived("failing-grade|" + assessmentId);
    }

    private static RectificationId derived(String name) {
        return new RectificationId(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
