package org.estatecare.assessments.assessment;

import java.time.LocalDate;
import java.util.List;

import org.estatecare.assessments.scoring.Finding;
import org.estatecare.assessments.scoring.InspectionResult;
import org.estatecare.events.ids.EstateId;

/** The inspections of an estate on the days of a spell, as the scoring reads them (R-ASM-2, R-ASM-3). */
public interface InspectionEvidence {

    List<InspectionResult> results(EstateId estate, LocalDate from, LocalDate to);

    List<Finding> findings(EstateId estate, LocalDate from, LocalDate to);
}
