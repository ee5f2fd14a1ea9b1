package org.estatecare.registry.estate;

import org.estatecare.events.codes.LabelledCode;
import org.estatecare.kit.domain.Implements;

/**
 * The items of the takeover acceptance standard (接管验收标准) the municipal bureau checks a renovated
 * estate against (R-TAKE-1, R-TAKE-2). Every item is checked at each attempt; only an item that depends
 * on what the estate has (lifts) may be marked not applicable.
 */
@Implements({"R-TAKE-1", "R-TAKE-2"})
public enum TakeoverItem implements LabelledCode {
    BUILDING_STRUCTURE("房屋主体结构安全", false),
    ROOFS_AND_WATERPROOFING("屋面及防水", false),
    WATER_AND_DRAINAGE_PIPES("供排水管线", false),
    STAIRWELL_LIGHTING("楼道照明", false),
    FIRE_FACILITIES("消防设施", false),
    LIFTS("电梯（有电梯的）", true),
    ROADS("小区道路", false),
    GREENING("绿化", false),
    SANITATION_FACILITIES("环卫设施", false),
    ARCHIVES_HANDED_OVER("档案资料移交", false);

    private final String label;
    private final boolean whereApplicable;

    TakeoverItem(String label, boolean whereApplicable) {
        this.label = label;
        this.whereApplicable = whereApplicable;
    }

    @Override
    public String label() {
        return label;
    }

    /** Checked only where the estate has it (lifts): the one item that may be {@link ItemResult#NOT_APPLICABLE}. */
    public boolean whereApplicable() {
        return whereApplicable;
    }
}
