package org.estatecare.assessments.inspection;

/**
 * One line of a checklist: what was checked, whether it passed, and what the inspector noted.
 *
 * @param note optional
 */
public record CheckItem(String item, boolean passed, String note) {

    public CheckItem {
        if (item == null || item.isBlank()) {
            throw new IllegalArgumentException("a checklist item says what was checked");
        }
    }
}
