package org.estatecare.registry.estate;

import org.estatecare.events.codes.LabelledCode;

/**
 * Who applies for an estate's exit (R-EXIT-1): the street office itself, or the property owner (unit),
 * whose application the street office files for it.
 */
public enum ExitApplicant implements LabelledCode {
    STREET_OFFICE("街道办事处"),
    PROPERTY_OWNER("产权人（单位）");

    private final String label;

    ExitApplicant(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
