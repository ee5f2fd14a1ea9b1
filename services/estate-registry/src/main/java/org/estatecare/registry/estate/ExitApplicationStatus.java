package org.estatecare.registry.estate;

import org.estatecare.events.codes.LabelledCode;

/** Where an application to exit stands (R-EXIT-1): pending the district's decision, or closed one of three ways. */
public enum ExitApplicationStatus implements LabelledCode {
    PENDING("待区政府决定"),
    WITHDRAWN("已撤回"),
    REFUSED("不予退出"),
    APPROVED("批准退出");

    private final String label;

    ExitApplicationStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
