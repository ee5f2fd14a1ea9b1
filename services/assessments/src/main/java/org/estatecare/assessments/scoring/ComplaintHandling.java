package org.estatecare.assessments.scoring;

import java.util.ArrayList;
import java.util.List;

import org.estatecare.kit.domain.Violation;

/** How the complaint-handling criterion splits between the on-time rate and the complainants' satisfaction. */
public record ComplaintHandling(int onTimeWeight, int satisfactionWeight) {

    List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        if (onTimeWeight < 0 || satisfactionWeight < 0) {
            violations.add(SchemeRules.violation("complaint-part-negative", "a part of complaint handling must not weigh less than 0",
                    onTimeWeight + "/" + satisfactionWeight));
        }
        if (onTimeWeight + satisfactionWeight != 100) {
            violations.add(SchemeRules.violation("complaint-parts-not-100", "the parts of complaint handling must sum to 100",
                    String.valueOf(onTimeWeight + satisfactionWeight)));
        }
        return violations;
    }
}
