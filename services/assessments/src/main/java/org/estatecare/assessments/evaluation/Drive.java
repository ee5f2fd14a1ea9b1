package org.estatecare.assessments.evaluation;

import java.util.ArrayList;
import java.util.List;

import org.estatecare.events.codes.Grade;
import org.estatecare.events.ids.CompanyId;
import org.estatecare.events.ids.EstateId;

/**
 * The district's rectification drive for a period (R-ASM-5): the estates and companies to follow up, each with why
 * ({@code graded-fail}, {@code fell-two-grades}, {@code rectification-escalated}).
 */
public record Drive(List<EstateToFollow> estates, List<CompanyToFollow> companies) {

    /** An estate to follow up: its worst grade of the period and of the previous one (null where none). */
    public record EstateToFollow(EstateId estateId, String street, Grade grade, Grade previousGrade, List<String> why,
                                 int escalatedOrders) {

        EstateToFollow plusOrder(EstateToFollow order) {
            List<String> reasons = new ArrayList<>(why);
            order.why().stream().filter(w -> !reasons.contains(w)).forEach(reasons::add);
            return new EstateToFollow(estateId, street, grade, previousGrade, List.copyOf(reasons),
                    escalatedOrders + order.escalatedOrders());
        }
    }

    /** A company to follow up: its assessments graded 不合格 in the period, its orders the district follows up. */
    public record CompanyToFollow(CompanyId companyId, int failingAssessments, int escalatedOrders, List<String> why) {

        CompanyToFollow plus(CompanyToFollow other) {
            List<String> reasons = new ArrayList<>(why);
            other.why().stream().filter(w -> !reasons.contains(w)).forEach(reasons::add);
            return new CompanyToFollow(companyId, failingAssessments + other.failingAssessments(),
                    escalatedOrders + other.escalatedOrders(), List.copyOf(reasons));
        }
    }
}
