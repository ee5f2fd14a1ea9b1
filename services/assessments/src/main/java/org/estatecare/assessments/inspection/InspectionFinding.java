package org.estatecare.assessments.inspection;

import java.util.List;
import java.util.Objects;

import org.estatecare.assessments.scoring.FindingKind;
import org.estatecare.events.codes.BasicService;

/**
 * A problem an inspection found, as kept with it: its number within the inspection (its {@link FindingId}),
 * its kind, where, the basic service it concerns, references to its photos (kept elsewhere) and a note.
 *
 * @param service optional: a finding need not concern one basic service (a blocked fire lane)
 * @param note    optional
 */
public record InspectionFinding(int number, FindingKind kind, String place, BasicService service, List<String> photos,
                                String note) {

    /** Enough to show the problem; more is an album, not evidence. */
    public static final int MAX_PHOTOS = 10;

    public InspectionFinding {
        if (number < 1) {
            throw new IllegalArgumentException("findings are numbered from 1");
        }
        Objects.requireNonNull(kind, "kind");
        place = requirePlace(place);
        photos = photos(photos);
    }

    static String requirePlace(String place) {
        if (place == null || place.isBlank()) {
            throw new IllegalArgumentException("a finding says where it was found");
        }
        return place;
    }

    static List<String> photos(List<String> photos) {
        List<String> copy = photos == null ? List.of() : List.copyOf(photos);
        if (copy.size() > MAX_PHOTOS) {
            throw new IllegalArgumentException("a finding has at most " + MAX_PHOTOS + " photos");
        }
        if (copy.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("a photo reference is not blank");
        }
        return copy;
    }
}
