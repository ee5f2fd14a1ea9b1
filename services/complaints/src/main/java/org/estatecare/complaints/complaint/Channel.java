package org.estatecare.complaints.complaint;

import org.estatecare.events.codes.LabelledCode;
import org.estatecare.kit.domain.Implements;

/** How a complaint reached the platform (R-CMP-1). */
@Implements("R-CMP-1")
public enum Channel implements LabelledCode {
    HOTLINE("便民服务专线"),
    LETTER("来信"),
    VISIT("来访"),
    ONLINE("网上（API/应用）"),
    PATROL("巡查、检查发现");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** A petition (信访) by letter or visit: the street office's from the start (R-CMP-1). */
    public boolean isPetition() {
        return this == LETTER || this == VISIT;
    }
}
