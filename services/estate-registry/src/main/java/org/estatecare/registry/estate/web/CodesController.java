package org.estatecare.registry.estate.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.estatecare.registry.estate.AcceptanceResult;
import org.estatecare.registry.estate.EstateStatus;
import org.estatecare.registry.estate.ExitReason;
import org.estatecare.registry.estate.ManagementMode;
import org.estatecare.registry.estate.SigningParty;
import org.estatecare.registry.estate.web.EstateView.Coded;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "codes", description = "Enum codes of the registry with their Chinese labels")
@RestController
class CodesController {

    @Operation(summary = "Every code this service uses, with its label")
    @GetMapping("/api/codes/estates")
    Map<String, List<Coded>> codes() {
        Map<String, List<Coded>> codes = new LinkedHashMap<>();
        codes.put("estateStatus", coded(EstateStatus.values(), EstateStatus::label));
        codes.put("managementMode", coded(ManagementMode.values(), ManagementMode::label));
        codes.put("exitReason", coded(ExitReason.values(), ExitReason::label));
        codes.put("acceptanceResult", coded(AcceptanceResult.values(), AcceptanceResult::label));
        codes.put("signingParty", coded(SigningParty.values(), SigningParty::label));
        return codes;
    }

    private static <E extends Enum<E>> List<Coded> coded(E[] values, Function<E, String> label) {
        return Arrays.stream(values).map(v -> new Coded(v.name(), label.apply(v))).toList();
    }
}
