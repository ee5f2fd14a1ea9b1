package org.estatecare.assessments.inspection;

import java.util.List;
import java.util.Objects;

import org.estatecare.assessments.scoring.FindingKind;
import org.estatecare.events.codes.BasicService;

/**
 * A finding as the inspector reports it. In a correction, {@code keeps} names the finding of the inspection
 * it restates, so its id (and the rectification orders citing it) stay; a finding without is a new one.
 *
 * @param keeps   optional; only in a correction
 * @param service optional
 * @param note    optional
 */
public record FindingReport(FindingId keeps, FindingKind kind, String place, BasicService service, List<String> photos,
                            String note) {

    public FindingReport {
        Objects.requireNonNull(kind, "kind");
        place = InspectionFinding.requirePlace(place);
        photos = InspectionFinding.photos(photos);
    }

    /** A new finding (not restating an earlier one). */
    public static FindingReport of(FindingKind kind, String place, BasicService service, List<String> photos, String note) {
        return new FindingReport(null, kind, place, service, photos, note);
    }

    public InspectionFinding numbered(int number) {
        return new InspectionFinding(number, kind, place, service, photos, note);
    }
}
