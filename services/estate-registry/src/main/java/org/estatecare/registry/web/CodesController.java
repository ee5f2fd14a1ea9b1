package org.estatecare.registry.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.estatecare.events.codes.ManagementMode;
import org.estatecare.events.codes.SigningParty;
import org.estatecare.kit.web.Coded;
import org.estatecare.registry.estate.AcceptanceResult;
import org.estatecare.registry.estate.CommitteeCapacity;
import org.estatecare.registry.estate.EstateStatus;
import org.estatecare.registry.estate.ExitApplicant;
import org.estatecare.registry.estate.ExitApplicationStatus;
import org.estatecare.registry.estate.ExitReason;
import org.estatecare.registry.estate.ItemResult;
import org.estatecare.registry.estate.ScheduledChange;
import org.estatecare.registry.estate.ServiceProviderKind;
import org.estatecare.registry.estate.TakeoverItem;
import org.estatecare.registry.estate.TakeoverResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "codes", description = "Enum codes of the registry with their Chinese labels")
@RestController
class CodesController {

    @Operation(summary = "Every code this service uses, with its label")
    @GetMapping("/api/codes/estates")
    Map<String, List<Coded>> codes() {
        Map<String, List<Coded>> codes = new LinkedHashMap<>();
        codes.put("estateStatus", Coded.all(EstateStatus.class));
        codes.put("managementMode", Coded.all(ManagementMode.class));
        codes.put("exitReason", Coded.all(ExitReason.class));
        codes.put("exitApplicant", Coded.all(ExitApplicant.class));
        codes.put("exitApplicationStatus", Coded.all(ExitApplicationStatus.class));
        codes.put("acceptanceResult", Coded.all(AcceptanceResult.class));
        codes.put("takeoverItem", Coded.all(TakeoverItem.class));
        codes.put("takeoverItemWhereApplicable", Arrays.stream(TakeoverItem.values())
                .filter(TakeoverItem::whereApplicable).map(Coded::of).toList());
        codes.put("takeoverItemResult", Coded.all(ItemResult.class));
        codes.put("takeoverResult", Coded.all(TakeoverResult.class));
        codes.put("signingParty", Coded.all(SigningParty.class));
        codes.put("committeeCapacity", Coded.all(CommitteeCapacity.class));
        codes.put("serviceProviderKind", Coded.all(ServiceProviderKind.class));
        codes.put("scheduledChange", Coded.all(ScheduledChange.Kind.class));
        return codes;
    }
}
