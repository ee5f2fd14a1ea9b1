package org.estatecare.assessments.rectification;

import java.util.List;
import java.util.Objects;

import org.estatecare.assessments.scoring.FindingKind;
import org.estatecare.assessments.scoring.InspectionLevel;
import org.estatecare.events.codes.BasicService;
import org.estatecare.events.ids.CompanyId;
import org.estatecare.events.ids.EstateId;

/**
 * What a rectification order asks to correct, and of whom: the estate as it was when the problem was found, the
 * company serving it then (null without one: the street office answers), the cause and its source (the inspection
 * or re-inspection, or the assessment), and for a finding its id, kind, level found at, place, basic service,
 * photos and note.
 */
public record ProblemToCorrect(EstateId estateId, String street, String community, CompanyId companyId,
                               RectificationCause cause, String sourceId, String findingId, FindingKind findingKind,
                               InspectionLevel foundAt, String place, BasicService service, List<String> photos,
                               String note) {

    public ProblemToCorrect {
        Objects.requireNonNull(estateId, "estateId");
        Objects.requireNonNull(street, "street");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(sourceId, "sourceId");
        if (cause == RectificationCause.FINDING && (findingId == null || findingKind == null || foundAt == null)) {
            throw new IllegalArgumentException("a finding's order names the finding, its kind and the level that found it");
        }
        photos = photos == null ? List.of() : List.copyOf(photos);
    }

    /** The order's id: derived from the cause, so the same problem never gets two orders. */
    public RectificationId orderId() {
        return cause == RectificationCause.FINDING ? RectificationId.forFinding(findingId)
                : RectificationId.forFailingGrade(sourceId);
    }
}
