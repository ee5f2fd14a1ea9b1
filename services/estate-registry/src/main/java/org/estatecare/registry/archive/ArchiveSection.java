package org.estatecare.registry.archive;

import java.util.Optional;

import org.estatecare.events.codes.LabelledCode;

/** The parts of an estate's work archive that other services' events fill, by the event type's prefix. */
public enum ArchiveSection implements LabelledCode {
    AGREEMENTS("管理服务协议", "agreements.agreement.", "agreements.fee-class."),
    FEE_PUBLICATIONS("收费公示", "agreements.fee-period."),
    SUBSIDY_USE_REPORTS("补贴使用报告", "agreements.subsidy-use."),
    INSPECTIONS("检查记录", "assessments.inspection."),
    ASSESSMENTS("考核结果", "assessments.assessment.", "assessments.survey."),
    RECTIFICATIONS("整改", "assessments.rectification."),
    JOINT_MEETINGS("联席会议纪要", "assessments.joint-meeting."),
    SUBSIDIES("补贴核拨", "subsidies.line.", "subsidies.adjustment.", "subsidies.subsidy.");

    private final String label;
    private final String[] typePrefixes;

    ArchiveSection(String label, String... typePrefixes) {
        this.label = label;
        this.typePrefixes = typePrefixes;
    }

    @Override
    public String label() {
        return label;
    }

    /** The section an event of {@code type} is filed in; empty for events that are not about one estate's work. */
    public static Optional<ArchiveSection> of(String type) {
        for (ArchiveSection section : values()) {
            for (String prefix : section.typePrefixes) {
                if (type != null && type.startsWith(prefix)) {
                    return Optional.of(section);
                }
            }
        }
        return Optional.empty();
    }
}
