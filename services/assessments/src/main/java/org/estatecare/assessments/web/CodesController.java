package org.estatecare.assessments.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.estatecare.assessments.evaluation.FollowUpReason;
import org.estatecare.assessments.inspection.InspectionStatus;
import org.estatecare.assessments.meeting.ActionItem;
import org.estatecare.assessments.meeting.AgendaSource;
import org.estatecare.assessments.meeting.Department;
import org.estatecare.assessments.rectification.Escalation;
import org.estatecare.assessments.rectification.RectificationCause;
import org.estatecare.assessments.rectification.RectificationStatus;
import org.estatecare.assessments.referral.DistrictReferral;
import org.estatecare.assessments.reinspection.ReInspectionStatus;
import org.estatecare.assessments.scheme.VersionStatus;
import org.estatecare.assessments.scoring.CriterionCode;
import org.estatecare.assessments.scoring.FindingKind;
import org.estatecare.assessments.scoring.InspectionLevel;
import org.estatecare.assessments.scoring.InsufficientSample;
import org.estatecare.assessments.survey.SurveyStatus;
import org.estatecare.events.codes.AgreedDuty;
import org.estatecare.events.codes.BasicService;
import org.estatecare.events.codes.Grade;
import org.estatecare.kit.web.Coded;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "codes", description = "Enum codes of assessments with their Chinese labels")
@RestController
class CodesController {

    @Operation(summary = "Every code this service uses, with its label")
    @GetMapping("/api/codes/assessments")
    Map<String, List<Coded>> codes() {
        Map<String, List<Coded>> codes = new LinkedHashMap<>();
        codes.put("grade", Coded.all(Grade.class));
        codes.put("criterion", Coded.all(CriterionCode.class));
        codes.put("basicService", Coded.all(BasicService.class));
        codes.put("agreedDuty", Coded.all(AgreedDuty.class));
        codes.put("jointMeetingDepartment", Coded.all(Department.class));
        codes.put("agendaSource", Coded.all(AgendaSource.class));
        codes.put("actionItemStatus", Coded.all(ActionItem.Status.class));
        codes.put("referralKind", Coded.all(DistrictReferral.Kind.class));
        codes.put("referralStatus", Coded.all(DistrictReferral.Status.class));
        codes.put("inspectionLevel", Coded.all(InspectionLevel.class));
        codes.put("findingKind", Coded.all(FindingKind.class));
        codes.put("inspectionStatus", Coded.all(InspectionStatus.class));
        codes.put("insufficientSample", Coded.all(InsufficientSample.class));
        codes.put("schemeVersionStatus", Coded.all(VersionStatus.class));
        codes.put("rectificationCause", Coded.all(RectificationCause.class));
        codes.put("rectificationStatus", Coded.all(RectificationStatus.class));
        codes.put("escalation", Coded.all(Escalation.class));
        codes.put("reInspectionStatus", Coded.all(ReInspectionStatus.class));
        codes.put("followUpReason", Coded.all(FollowUpReason.class));
        codes.put("surveyStatus", Coded.all(SurveyStatus.class));
        return codes;
    }
}
