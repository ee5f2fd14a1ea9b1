package org.estatecare.assessments.inspection.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.estatecare.assessments.inspection.CheckItem;
import org.estatecare.assessments.inspection.Checklist;
import org.estatecare.assessments.inspection.FindingId;
import org.estatecare.assessments.inspection.FindingReport;
import org.estatecare.assessments.inspection.InspectionFinding;
import org.estatecare.assessments.inspection.InspectionReport;
import org.estatecare.assessments.scoring.FindingKind;
import org.estatecare.assessments.scoring.InspectionLevel;
import org.estatecare.events.codes.AgreedDuty;
import org.estatecare.events.codes.BasicService;
import org.estatecare.events.ids.EstateId;

/**
 * Request bodies of the inspection endpoints, checked field by field before anything is decided. Labels
 * (what was checked, where a finding was) are single lines of at most 500 characters; notes may run over
 * lines; photo references are ids or URLs without blanks. The day and whether the estate may be inspected
 * are the inspection's to decide (422).
 */
public final class InspectionRequests {

    /** One line, no control character at all: shown in lists and rectification orders as typed. */
    static final String ONE_LINE = "[^\\p{Cc}]*";
    /** An id or URL of a photo kept elsewhere: no blanks, no control characters. */
    static final String PHOTO_REFERENCE = "[^\\s\\p{Cc}]+";
    static final int MAX_ITEMS = 50;
    public static final int MAX_FINDINGS = 50;

    private InspectionRequests() {
    }

    /** A new inspection: of which estate, at which level, and the report. */
    record Recording(@NotNull EstateId estateId, @NotNull InspectionLevel level, @NotNull LocalDate inspectedOn,
                     @NotNull @Size(max = 4) List<@NotNull @Valid ChecklistBody> checklists,
                     @Size(max = MAX_FINDINGS) List<@NotNull @Valid FindingBody> findings) {

        InspectionReport report() {
            return InspectionRequests.report(inspectedOn, checklists, findings);
        }
    }

    /** A correction restates the whole report, and says why. */
    record Correction(@NotNull LocalDate inspectedOn,
                      @NotNull @Size(max = 4) List<@NotNull @Valid ChecklistBody> checklists,
                      @Size(max = MAX_FINDINGS) List<@NotNull @Valid FindingBody> findings,
                      @NotBlank @Size(max = 2000) String reason) {

        InspectionReport report() {
            return InspectionRequests.report(inspectedOn, checklists, findings);
        }
    }

    /** The checklist of one basic service; a service not looked at is left out. */
    public record ChecklistBody(@NotNull BasicService service,
                         @NotNull @Size(max = MAX_ITEMS) List<@NotNull @Valid ItemBody> items) {
    }

    /** {@code duty}: optional, the company's duty under its agreement the line checks (R-AGR-5; GET /api/codes/assessments). */
    public record ItemBody(@NotBlank @Size(max = 500) @Pattern(regexp = ONE_LINE) String item, @NotNull Boolean passed,
                    @Size(max = 2000) String note, AgreedDuty duty) {
    }

    /** {@code id}: in a correction, the finding this one restates (its id and rectification stay); absent for a new one. */
    public record FindingBody(FindingId id, @NotNull FindingKind kind,
                       @NotBlank @Size(max = 500) @Pattern(regexp = ONE_LINE) String place,
                       BasicService service,
                       @Size(max = InspectionFinding.MAX_PHOTOS)
                       List<@NotNull @Size(max = 500) @Pattern(regexp = PHOTO_REFERENCE) String> photos,
                       @Size(max = 2000) String note) {
    }

    /** The report as the domain takes it, from checked bodies. */
    public static InspectionReport report(LocalDate inspectedOn, List<ChecklistBody> checklists, List<FindingBody> findings) {
        return new InspectionReport(inspectedOn,
                checklists.stream().map(c -> new Checklist(c.service(), c.items().stream()
                        .map(i -> new CheckItem(i.item().strip(), i.passed(), i.note(), i.duty())).toList())).toList(),
                findings == null ? List.of() : findings.stream().map(f -> new FindingReport(f.id(), f.kind(), f.place().strip(),
                        f.service(), f.photos(), f.note())).toList());
    }
}
