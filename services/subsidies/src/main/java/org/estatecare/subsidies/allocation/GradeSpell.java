package org.estatecare.subsidies.allocation;

import java.time.LocalDate;

import org.estatecare.events.codes.Grade;
import org.estatecare.events.ids.CompanyId;

/**
 * An estate's published assessment (its newest revision): the grade of the days {@code start}–{@code end} (a month or
 * a quarter), of {@code companyId}'s service, or of the estate without a company when null.
 */
public record GradeSpell(String assessmentId, CompanyId companyId, LocalDate start, LocalDate end, Grade grade,
                         int revision) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    long length() {
        return end.toEpochDay() - start.toEpochDay();
    }
}
