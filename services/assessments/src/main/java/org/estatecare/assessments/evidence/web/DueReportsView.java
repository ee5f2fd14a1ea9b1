package org.estatecare.assessments.evidence.web;

import java.time.LocalDate;

import org.estatecare.assessments.evidence.DueReports;
import org.estatecare.events.ids.CompanyId;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.web.Coded;

/** An estate's two quarterly reports as the street office follows them up. */
public record DueReportsView(EstateId estateId, String name, String street, String community, CompanyId companyId,
                             Owed feePublication, Owed subsidyUseReport) {

    /** @param madeOn null while not made */
    public record Owed(LocalDate dueOn, LocalDate madeOn, Coded status) {
        static Owed of(DueReports.Owed owed) {
            return new Owed(owed.dueOn(), owed.madeOn(), Coded.of(owed.status()));
        }
    }

    static DueReportsView of(DueReports.EstateReports reports) {
        return new DueReportsView(reports.estateId(), reports.name(), reports.street(), reports.community(),
                reports.companyId(), Owed.of(reports.feePublication()), Owed.of(reports.subsidyUseReport()));
    }
}
