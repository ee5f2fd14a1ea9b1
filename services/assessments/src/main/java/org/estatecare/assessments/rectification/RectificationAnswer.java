package org.estatecare.assessments.rectification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the company (or the street office, where no company serves) says it did to correct the problem, with
 * references to photos of the result, and the inspector's verdict on it once given.
 *
 * @param accepted null until verified
 * @param verdict  the inspector's reason when not accepted, an optional note when accepted
 */
public record RectificationAnswer(String text, List<String> photos, String by, LocalDate on, Instant at,
                                  Boolean accepted, String verdict, String verifiedBy, Instant verifiedAt) {

    public RectificationAnswer {
        photos = photos == null ? List.of() : List.copyOf(photos);
    }

    RectificationAnswer verified(boolean accepted, String verdict, String by, Instant at) {
        return new RectificationAnswer(text, photos, this.by, on, this.at, accepted, verdict, by, at);
    }
}
