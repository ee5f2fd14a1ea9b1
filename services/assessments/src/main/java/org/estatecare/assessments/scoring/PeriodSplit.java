package org.estatecare.assessments.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** A period split by who served the estate: each company is assessed for its own days, and days with none apart. */
public final class PeriodSplit {

    private PeriodSplit() {
    }

    /** The period's days as contiguous spells in order, a new spell wherever the serving company changes. */
    public static List<ServingSpell> split(AssessmentPeriod period, Function<LocalDate, Optional<String>> companyOn) {
        List<ServingSpell> spells = new ArrayList<>();
        LocalDate from = period.start();
        Optional<String> company = serving(companyOn, from);
        for (LocalDate day = from.plusDays(1); !day.isAfter(period.end()); day = day.plusDays(1)) {
            Optional<String> today = serving(companyOn, day);
            if (!today.equals(company)) {
                spells.add(new ServingSpell(company, from, day.minusDays(1)));
                from = day;
                company = today;
            }
        }
        spells.add(new ServingSpell(company, from, period.end()));
        return spells;
    }

    private static Optional<String> serving(Function<LocalDate, Optional<String>> companyOn, LocalDate day) {
        return Objects.requireNonNullElse(companyOn.apply(day), Optional.empty());
    }
}
