package org.estatecare.assessments.evaluation;

import java.util.ArrayList;
import java.util.List;

import org.estatecare.events.codes.Grade;
import org.estatecare.events.ids.CompanyId;
import org.estatecare.events.ids.EstateId;

/** The district's rectification drive for a period (R-ASM-5): the estates and companies to follow up, each with why. */
public record Drive(List<EstateToFollow> estates, List<CompanyToFollow> companies) {

    /** An estate to follow up: its worst grade of the period and of the previous one (null where none). */
    public record EstateToFollow(EstateId estateId, String street, Grade grade, Grade previousGrade, List<FollowUpReason> why,
                                 int escalatedOrders) {

        public EstateToFollow {
            why = List.copyOf(why);
        }

        EstateToFollow plusOrder(EstateToFollow order) {
            return new EstateToFollow(estateId, street, grade, previousGrade, union(why, order.why()),
                    escalatedOrders + order.escalatedOrders());
        }
    }

    /** A company to follow up: its assessments graded 不合格 in the period, its orders the district follows up. */
    public record CompanyToFollow(CompanyId companyId, int failingAssessments, int escalatedOrders, List<FollowUpReason> why) {

        public CompanyToFollow {
            why = List.copyOf(why);
        }

        CompanyToFollow plus(CompanyToFollow other) {
            return new CompanyToFollow(companyId, failingAssessments + other.failingAssessments(),
                    escalatedOrders + other.escalatedOrders(), union(why, other.why()));
        }
    }

    private static List<FollowUpReason> union(List<FollowUpReason> first, List<FollowUpReason> second) {
        List<FollowUpReason> reasons = new ArrayList<>(first);
        second.stream().filter(reason -> !reasons.contains(reason)).forEach(reasons::add);
        return reasons;
    }
}
