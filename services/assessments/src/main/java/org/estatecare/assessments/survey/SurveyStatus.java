package org.estatecare.assessments.survey;

import org.estatecare.events.codes.LabelledCode;

/** A survey takes answers while open; once closed its result is fixed and answers are refused. */
public enum SurveyStatus implements LabelledCode {
    OPEN("进行中"),
    CLOSED("已结束");

    private final String label;

    SurveyStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
