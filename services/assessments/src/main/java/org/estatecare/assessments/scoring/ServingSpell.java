package org.estatecare.assessments.scoring;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/** Consecutive days of a period, both included, served by one company or by none. */
public record ServingSpell(Optional<String> companyId, LocalDate from, LocalDate to) {

    public ServingSpell {
        companyId = companyId == null ? Optional.empty() : companyId;
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a serving spell ends on or after the day it starts");
        }
    }

    public boolean companyServes() {
        return companyId.isPresent();
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }
}
