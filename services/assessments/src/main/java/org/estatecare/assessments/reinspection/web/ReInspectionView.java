package org.estatecare.assessments.reinspection.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.estatecare.assessments.assessment.AssessmentId;
import org.estatecare.assessments.inspection.FindingId;
import org.estatecare.assessments.inspection.InspectionFinding;
import org.estatecare.assessments.reinspection.ReInspection;
import org.estatecare.assessments.reinspection.ReInspectionId;
import org.estatecare.events.ids.CompanyId;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.web.Coded;
import org.estatecare.kit.web.ETags;
import org.springframework.http.ResponseEntity;

/** A re-inspection as shown: the request, what was found, and the grade before and after (once revised). */
public record ReInspectionView(ReInspectionId id, long revision, AssessmentId assessmentId, EstateId estateId, String street,
                               String community, CompanyId companyId, String period, Coded gradeBefore,
                               BigDecimal scoreBefore, String reason, String requestedBy, Instant requestedAt, Coded status,
                               Coded level, LocalDate inspectedOn, String inspector, List<ChecklistView> checklists,
                               List<FindingView> findings, Integer resultRevision, Coded gradeAfter, BigDecimal scoreAfter) {

    public record ChecklistView(Coded service, int checked, int passed, BigDecimal score) {
    }

    public record FindingView(FindingId id, Coded kind, String place, Coded service, List<String> photos, String note) {
    }

    static ReInspectionView of(ReInspection r) {
        return new ReInspectionView(r.id(), r.revision(), r.assessmentId(), r.estateId(), r.street(), r.community(),
                r.companyId().orElse(null), r.period(), Coded.of(r.gradeBefore()), r.scoreBefore(), r.reason(),
                r.requestedBy(), r.requestedAt(), Coded.of(r.status()), r.level().map(Coded::of).orElse(null),
                r.inspectedOn().orElse(null), r.inspector(),
                r.checklists().stream().map(c -> new ChecklistView(Coded.of(c.service()), c.checked(), c.passed(), c.score()))
                        .toList(),
                r.findings().stream().map(f -> finding(r, f)).toList(), r.resultRevision().orElse(null),
                r.gradeAfter().map(Coded::of).orElse(null), r.scoreAfter().orElse(null));
    }

    private static FindingView finding(ReInspection r, InspectionFinding f) {
        return new FindingView(r.findingId(f), Coded.of(f.kind()), f.place(), f.service() == null ? null : Coded.of(f.service()),
                f.photos(), f.note());
    }

    static ResponseEntity<ReInspectionView> ok(ReInspection r) {
        return ResponseEntity.ok().eTag(ETags.of(r.revision())).body(of(r));
    }
}
