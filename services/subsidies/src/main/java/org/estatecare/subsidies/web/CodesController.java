package org.estatecare.subsidies.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.estatecare.events.codes.EstateClass;
import org.estatecare.events.codes.Facility;
import org.estatecare.events.codes.Grade;
import org.estatecare.events.codes.ManagementMode;
import org.estatecare.kit.web.Coded;
import org.estatecare.subsidies.allocation.AdjustmentReason;
import org.estatecare.subsidies.allocation.GapReason;
import org.estatecare.subsidies.allocation.LineKind;
import org.estatecare.subsidies.allocation.RecipientKind;
import org.estatecare.subsidies.allocation.SegmentStatus;
import org.estatecare.subsidies.audit.FindingAction;
import org.estatecare.subsidies.audit.FindingStatus;
import org.estatecare.subsidies.audit.ReconciliationFlag;
import org.estatecare.subsidies.ledger.LedgerKind;
import org.estatecare.subsidies.maintenance.FundUseStatus;
import org.estatecare.subsidies.maintenance.MaintenanceFund;
import org.estatecare.subsidies.policy.RateUnit;
import org.estatecare.subsidies.policy.Share;
import org.estatecare.subsidies.run.FlagKind;
import org.estatecare.subsidies.run.RunStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "codes", description = "Enum codes of subsidies with their Chinese labels")
@RestController
class CodesController {

    @Operation(summary = "Every code this service uses, with its label")
    @GetMapping("/api/codes/subsidies")
    Map<String, List<Coded>> codes() {
        Map<String, List<Coded>> codes = new LinkedHashMap<>();
        codes.put("share", Coded.all(Share.class));
        codes.put("rateUnit", Coded.all(RateUnit.class));
        codes.put("estateClass", Coded.all(EstateClass.class));
        codes.put("grade", Coded.all(Grade.class));
        codes.put("managementMode", Coded.all(ManagementMode.class));
        codes.put("recipientKind", Coded.all(RecipientKind.class));
        codes.put("lineKind", Coded.all(LineKind.class));
        codes.put("segmentStatus", Coded.all(SegmentStatus.class));
        codes.put("adjustmentReason", Coded.all(AdjustmentReason.class));
        codes.put("gapReason", Coded.all(GapReason.class));
        codes.put("runStatus", Coded.all(RunStatus.class));
        codes.put("flagKind", Coded.all(FlagKind.class));
        codes.put("ledgerKind", Coded.all(LedgerKind.class));
        codes.put("reconciliationFlag", Coded.all(ReconciliationFlag.class));
        codes.put("findingAction", Coded.all(FindingAction.class));
        codes.put("findingStatus", Coded.all(FindingStatus.class));
        codes.put("maintenanceFund", Coded.all(MaintenanceFund.class));
        codes.put("facility", Coded.all(Facility.class));
        codes.put("fundUseStatus", Coded.all(FundUseStatus.class));
        return codes;
    }
}
