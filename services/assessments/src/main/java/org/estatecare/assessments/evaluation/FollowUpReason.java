package org.estatecare.assessments.evaluation;

import org.estatecare.events.codes.LabelledCode;

/** Why the district follows up an estate or a company in its rectification drive (R-ASM-5). */
public enum FollowUpReason implements LabelledCode {
    /** Graded 不合格 in the period. */
    GRADED_FAIL("评为不合格"),
    /** Two grades or more below its grade of the previous period of the same kind. */
    FELL_TWO_GRADES("较上期下降两档及以上"),
    /** A rectification order left unanswered until the district took it up. */
    RECTIFICATION_ESCALATED("整改逾期区级督办");

    private final String label;

    FollowUpReason(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
