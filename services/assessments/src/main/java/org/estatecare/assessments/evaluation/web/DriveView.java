package org.estatecare.assessments.evaluation.web;

import java.util.List;

import org.estatecare.assessments.evaluation.Drive;
import org.estatecare.events.ids.CompanyId;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.web.Coded;

/** The rectification drive as shown: grades and reasons as codes with their labels. */
record DriveView(String period, List<EstateView> estates, List<CompanyView> companies) {

    /**
     * @param grade         its worst grade of the period; null when only an escalated order brings it here
     * @param previousGrade its worst grade of the previous period of the same kind; null when not assessed then
     */
    record EstateView(EstateId estateId, String street, Coded grade, Coded previousGrade, List<Coded> why,
                      int escalatedOrders) {
    }

    record CompanyView(CompanyId companyId, int failingAssessments, int escalatedOrders, List<Coded> why) {
    }

    static DriveView of(String period, Drive drive) {
        return new DriveView(period,
                drive.estates().stream().map(e -> new EstateView(e.estateId(), e.street(), Coded.of(e.grade()),
                        Coded.of(e.previousGrade()), e.why().stream().map(Coded::of).toList(), e.escalatedOrders())).toList(),
                drive.companies().stream().map(c -> new CompanyView(c.companyId(), c.failingAssessments(),
                        c.escalatedOrders(), c.why().stream().map(Coded::of).toList())).toList());
    }
}
