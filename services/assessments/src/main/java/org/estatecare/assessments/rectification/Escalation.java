package org.estatecare.assessments.rectification;

import org.estatecare.events.codes.LabelledCode;

/**
 * Who follows up an order the company left unanswered past its due date: nobody yet, the street office (from the
 * first day overdue), then the district (once it stays overdue for the further working days configured).
 */
public enum Escalation implements LabelledCode {
    NONE("未督办"),
    STREET("街道督办"),
    DISTRICT("区级督办");

    private final String label;

    Escalation(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
