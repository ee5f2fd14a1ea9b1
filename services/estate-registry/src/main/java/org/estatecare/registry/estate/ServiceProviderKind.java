package org.estatecare.registry.estate;

import org.estatecare.events.codes.LabelledCode;
import org.estatecare.kit.domain.Implements;

/** Who provides a basic service to an estate that no service company serves (R-SCOPE-1, R-MODE-1). */
@Implements("R-SCOPE-1")
public enum ServiceProviderKind implements LabelledCode {
    PROPERTY_OWNER("产权人（单位）"),
    RESIDENTS_COMMITTEE("社区居民委员会"),
    STREET_OFFICE("街道办事处"),
    PROFESSIONAL_UNIT("专业服务单位"),
    VOLUNTEERS("志愿服务队伍");

    private final String label;

    ServiceProviderKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
