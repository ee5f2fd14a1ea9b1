package org.estatecare.assessments.inspection.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.estatecare.assessments.inspection.CheckItem;
import org.estatecare.assessments.inspection.Checklist;
import org.estatecare.assessments.inspection.FindingId;
import org.estatecare.assessments.inspection.Inspection;
import org.estatecare.assessments.inspection.InspectionFinding;
import org.estatecare.assessments.inspection.InspectionId;
import org.estatecare.events.codes.AgreedDuty;
import org.estatecare.events.ids.CompanyId;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.web.Coded;
import org.estatecare.kit.web.ETags;
import org.springframework.http.ResponseEntity;

/**
 * An inspection as the API shows it: the estate, where it lay and which company served it on the day
 * inspected (as recorded), the checklists with each service's score, and the findings with their ids.
 *
 * @param companyId absent when no company served the estate that day
 */
public record InspectionView(InspectionId id, long revision, EstateId estateId, String street, String community,
                             CompanyId companyId, Coded level, LocalDate inspectedOn, String inspector,
                             List<ChecklistView> checklists, List<DutyCheck> agreedDuties, List<FindingView> findings,
                             Coded status, Instant recordedAt) {

    /**
     * The company's duties under its agreement (R-AGR-5), every one: {@code checked} whether a checklist line checked it,
     * {@code passed} whether every such line passed (absent when not checked). Empty when no company served the estate.
     */
    public record DutyCheck(Coded duty, Coded service, boolean checked, Boolean passed) {
    }

    /** One basic service's checklist: passed ÷ checked × 100 is its score, to 2 decimals. */
    public record ChecklistView(Coded service, int checked, int passed, BigDecimal score, List<CheckItem> items) {

        static ChecklistView of(Checklist checklist) {
            return new ChecklistView(Coded.of(checklist.service()), checklist.checked(), checklist.passed(), checklist.score(),
                    checklist.items());
        }
    }

    /** A finding with the id rectification orders cite; {@code service} absent when it concerns none in particular. */
    public record FindingView(FindingId id, Coded kind, String place, Coded service, List<String> photos, String note) {
    }

    static ResponseEntity<InspectionView> ok(Inspection inspection) {
        return ResponseEntity.ok().eTag(ETags.of(inspection.revision())).body(of(inspection));
    }

    static InspectionView of(Inspection i) {
        return new InspectionView(i.id(), i.revision(), i.estateId(), i.street(), i.community(), i.companyId().orElse(null),
                Coded.of(i.level()), i.inspectedOn(), i.inspector(), i.checklists().stream().map(ChecklistView::of).toList(),
                dutyChecks(i),
                i.recordedFindings().stream().map(f -> finding(i, f)).toList(), Coded.of(i.status()), i.recordedAt());
    }

    private static List<DutyCheck> dutyChecks(Inspection i) {
        if (i.companyId().isEmpty()) {
            return List.of();
        }
        var checked = Checklist.dutiesChecked(i.checklists());
        return java.util.Arrays.stream(AgreedDuty.values()).map(duty -> new DutyCheck(Coded.of(duty), Coded.of(duty.service()),
                checked.containsKey(duty), checked.get(duty))).toList();
    }

    private static FindingView finding(Inspection inspection, InspectionFinding f) {
        return new FindingView(inspection.findingId(f), Coded.of(f.kind()), f.place(),
                f.service() == null ? null : Coded.of(f.service()), f.photos(), f.note());
    }
}
