package org.estatecare.assessments.inspection;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.estatecare.events.codes.BasicService;

/**
 * What an inspector reports of one inspection, when recorded or corrected: the day, a checklist per basic
 * service looked at (one each) and the findings.
 */
public record InspectionReport(LocalDate inspectedOn, List<Checklist> checklists, List<FindingReport> findings) {

    public InspectionReport {
        Objects.requireNonNull(inspectedOn, "inspectedOn");
        checklists = checklists == null ? List.of() : List.copyOf(checklists);
        findings = findings == null ? List.of() : List.copyOf(findings);
        Set<BasicService> seen = EnumSet.noneOf(BasicService.class);
        for (Checklist checklist : checklists) {
            if (!seen.add(checklist.service())) {
                throw new IllegalArgumentException("a basic service has one checklist per inspection: " + checklist.service());
            }
        }
    }

    /** Not one item checked: no score can come of it, whatever was found. */
    public boolean checksNothing() {
        return checklists.stream().allMatch(Checklist::isEmpty);
    }
}
