package org.estatecare.assessments.scoring;

import java.util.Objects;

/** A problem an inspection found, of a kind the scheme may deduct for. */
public record Finding(String inspectionId, FindingKind kind, String place) {

    public Finding {
        Objects.requireNonNull(inspectionId, "inspectionId");
        Objects.requireNonNull(kind, "kind");
    }
}
