package org.estatecare.assessments.scoring;

import java.util.Arrays;
import java.util.Optional;

import org.estatecare.events.codes.BasicService;
import org.estatecare.events.codes.LabelledCode;

/**
 * What a scheme assesses (R-ASM-1): each of the four basic services, inspected, then the residents'
 * satisfaction, complaint handling and the two quarterly publications on time (R-AGR-3, R-AGR-4).
 */
public enum CriterionCode implements LabelledCode {
    GATE_DUTY(BasicService.GATE_DUTY),
    PATROL(BasicService.PATROL),
    CLEANING(BasicService.CLEANING),
    PARKING(BasicService.PARKING),
    SATISFACTION("居民满意度"),
    COMPLAINT_HANDLING("诉求办理"),
    FEE_PUBLICATION("收费及使用情况按时公示"),
    SUBSIDY_USE_REPORTING("补贴使用情况按时报告");

    private final BasicService basicService;
    private final String label;

    CriterionCode(BasicService basicService) {
        this.basicService = basicService;
        // the basic services keep their one platform-wide label
        this.label = basicService.label();
    }

    CriterionCode(String label) {
        this.basicService = null;
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The basic service this criterion inspects; empty for the criteria that are not inspected. */
    public Optional<BasicService> basicService() {
        return Optional.ofNullable(basicService);
    }

    /** The criterion that inspects a basic service. */
    public static CriterionCode of(BasicService service) {
        return Arrays.stream(values()).filter(c -> c.basicService == service).findFirst().orElseThrow();
    }
}
