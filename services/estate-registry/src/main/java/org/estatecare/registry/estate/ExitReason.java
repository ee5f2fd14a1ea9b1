package org.estatecare.registry.estate;

import org.estatecare.events.codes.LabelledCode;
import org.estatecare.kit.domain.Implements;

/** The three reasons an included estate may exit (R-EXIT-1). */
@Implements("R-EXIT-1")
public enum ExitReason implements LabelledCode {
    DEMOLITION("拆迁"),
    OWNER_SELF_MANAGEMENT("产权单位申请自管"),
    MARKET_OPERATION("具备市场化运作条件");

    private final String label;

    ExitReason(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
