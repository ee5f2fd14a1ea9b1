package org.estatecare.assessments.evaluation;

import java.util.Optional;

/** What the district's evaluation compares: streets, or the companies serving estates. */
public enum Grouping {
    STREET,
    COMPANY;

    /** The street or company an assessment counts for; empty for a company grouping where no company served. */
    Optional<String> keyOf(Scored scored) {
        return this == STREET ? Optional.of(scored.street())
                : Optional.ofNullable(scored.companyId()).map(company -> company.value());
    }
}
