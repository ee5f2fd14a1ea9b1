package org.estatecare.registry.estate.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.estatecare.registry.estate.AcceptanceResult;
import org.estatecare.registry.estate.EstateStatus;
import org.estatecare.registry.estate.ExitReason;
import org.estatecare.registry.estate.ManagementMode;
import org.estatecare.registry.estate.ScheduledChange;
import org.estatecare.registry.estate.SigningParty;
import org.estatecare.kit.web.Coded;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "codes", description = "Enum codes of the registry with their Chinese labels")
@RestController
class CodesController {

    @Operation(summary = "Every code this service uses, with its label")
    @GetMapping("/api/codes/estates")
    Map<String, List<Coded>> codes() {
        Map<String, List<Coded>> codes = new LinkedHashMap<>();
        codes.put("estateStatus", Coded.all(EstateStatus.values(), EstateStatus::label));
        codes.put("managementMode", Coded.all(ManagementMode.values(), ManagementMode::label));
        codes.put("exitReason", Coded.all(ExitReason.values(), ExitReason::label));
        codes.put("acceptanceResult", Coded.all(AcceptanceResult.values(), AcceptanceResult::label));
        codes.put("signingParty", Coded.all(SigningParty.values(), SigningParty::label));
        codes.put("scheduledChange", Coded.all(ScheduledChange.Kind.values(), ScheduledChange.Kind::label));
        return codes;
    }

}
