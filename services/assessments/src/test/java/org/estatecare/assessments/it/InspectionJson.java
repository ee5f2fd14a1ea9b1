package org.estatecare.assessments.it;

import java.time.LocalDate;

/** Inspection request bodies as a client would type them, for the inspection tests over HTTP. */
final class InspectionJson {

    private InspectionJson() {
    }

    /** Cleaning 2 of 3 passed (66.67), gate duty 1 of 1 (100.00); one finding of litter with a photo. */
    static String recording(String estate, String level, LocalDate on) {
        return """
                {"estateId": "%s", "level": "%s", "inspectedOn": "%s", "checklists": %s, "findings": [%s]}"""
                .formatted(estate, level, on, CHECKLISTS, LITTER);
    }

    /** The whole report restated, with the reason; {@code findings} as JSON objects, comma-separated. */
    static String correction(LocalDate on, String findings, String reason) {
        return """
                {"inspectedOn": "%s", "checklists": %s, "findings": [%s], "reason": "%s"}""".formatted(on, CHECKLISTS, findings, reason);
    }

    static final String CHECKLISTS = """
            [{"service": "CLEANING", "items": [{"item": "楼道清扫", "passed": true}, {"item": "绿地保洁", "passed": false,
              "note": "绿地有塑料袋"}, {"item": "垃圾桶清运", "passed": true}]},
             {"service": "GATE_DUTY", "items": [{"item": "门岗在岗", "passed": true}]}]""";

    static final String LITTER = """
            {"kind": "LITTER", "place": "3号楼北侧绿地", "service": "CLEANING", "photos": ["https://photos.example/p/1.jpg"],
             "note": "塑料袋未清理"}""";

    static final String FIRE_LANE = """
            {"kind": "BLOCKED_FIRE_LANE", "place": "北门消防通道", "photos": ["photo-20260302-7"]}""";
}
