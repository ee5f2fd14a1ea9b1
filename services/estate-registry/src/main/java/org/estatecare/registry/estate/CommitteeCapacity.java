package org.estatecare.registry.estate;

import java.util.Map;
import java.util.Optional;

import org.estatecare.events.codes.LabelledCode;
import org.estatecare.kit.domain.Implements;

/**
 * In which capacity a member sits on the management committee (R-COMM-1): the committee is made up of the
 * property owners (units), the community residents' committee and resident representatives
 * (由产权人（单位）、社区居民委员会、居民代表组成).
 */
@Implements("R-COMM-1")
public enum CommitteeCapacity implements LabelledCode {
    PROPERTY_OWNER("产权人（单位）"),
    RESIDENTS_COMMITTEE("社区居民委员会"),
    RESIDENT_REPRESENTATIVE("居民代表");

    /** The capacities written as free text before they were codes, as the district's users wrote them. */
    private static final Map<String, CommitteeCapacity> RECORDED_TEXT = Map.ofEntries(
            Map.entry("产权人", PROPERTY_OWNER), Map.entry("产权单位", PROPERTY_OWNER), Map.entry("产权人（单位）", PROPERTY_OWNER),
            Map.entry("产权人(单位)", PROPERTY_OWNER), Map.entry("产权人代表", PROPERTY_OWNER), Map.entry("产权单位代表", PROPERTY_OWNER),
            Map.entry("业主", PROPERTY_OWNER), Map.entry("业主代表", PROPERTY_OWNER),
            Map.entry("社区居民委员会", RESIDENTS_COMMITTEE), Map.entry("社区居委会", RESIDENTS_COMMITTEE),
            Map.entry("居委会", RESIDENTS_COMMITTEE), Map.entry("居民委员会", RESIDENTS_COMMITTEE),
            Map.entry("居委会代表", RESIDENTS_COMMITTEE), Map.entry("社区居委会代表", RESIDENTS_COMMITTEE),
            Map.entry("居民代表", RESIDENT_REPRESENTATIVE), Map.entry("住户代表", RESIDENT_REPRESENTATIVE));

    private final String label;

    CommitteeCapacity(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The capacity a free text stored before the codes stands for: a code itself or a known way of writing one. */
    public static Optional<CommitteeCapacity> fromRecordedText(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String stripped = text.strip();
        for (CommitteeCapacity capacity : values()) {
            if (capacity.name().equals(stripped)) {
                return Optional.of(capacity);
            }
        }
        return Optional.ofNullable(RECORDED_TEXT.get(stripped));
    }
}
