package org.estatecare.agreements.report;

import org.estatecare.events.codes.LabelledCode;

/** What money was spent on, in fee publications (R-AGR-4) and subsidy-use reports (R-AGR-3). */
public enum SpendingCategory implements LabelledCode {
    STAFF("人员费用"),
    CLEANING_SUPPLIES("保洁用品"),
    EQUIPMENT("设施设备"),
    REPAIRS("维修养护"),
    OTHER("其他");

    private final String label;

    SpendingCategory(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
