package org.estatecare.assessments.inspection;

import org.estatecare.events.codes.AgreedDuty;

/**
 * One line of a checklist: what was checked, whether it passed, and what the inspector noted.
 *
 * @param note optional
 * @param duty optional: the company's duty under its agreement this line checks (R-AGR-5)
 */
public record CheckItem(String item, boolean passed, String note, AgreedDuty duty) {

    public CheckItem {
        if (item == null || item.isBlank()) {
            throw new IllegalArgumentException("a checklist item says what was checked");
        }
    }

    public CheckItem(String item, boolean passed, String note) {
        this(item, passed, note, null);
    }
}
