package org.estatecare.assessments.scoring;

import java.time.LocalDate;
import java.util.Optional;

import org.estatecare.events.codes.LabelledCode;

/** Whether a quarterly publication (R-AGR-3, R-AGR-4) came by its due date. */
public enum ReportStatus implements LabelledCode {
    ON_TIME("按时"),
    LATE("逾期"),
    MISSING("逾期未报"),
    NOT_DUE("未到期");

    private final String label;

    ReportStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /**
     * The status on {@code today} of a publication due on {@code due}: a report that never came is only
     * known to be missing once its due date has passed.
     */
    public static ReportStatus of(LocalDate due, Optional<LocalDate> publishedOn, LocalDate today) {
        if (publishedOn.isPresent()) {
            return publishedOn.get().isAfter(due) ? LATE : ON_TIME;
        }
        return today.isAfter(due) ? MISSING : NOT_DUE;
    }
}
