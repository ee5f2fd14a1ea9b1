package org.estatecare.assessments.meeting;

import org.estatecare.events.codes.LabelledCode;

/** Where an agenda item comes from: an open problem of the street's estates, or the street office's own point. */
public enum AgendaSource implements LabelledCode {
    OVERDUE_COMPLAINT("逾期未办结诉求"),
    FAILING_GRADE("考核不合格"),
    OPEN_RECTIFICATION("未销号整改"),
    OTHER("其他事项");

    private final String label;

    AgendaSource(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
