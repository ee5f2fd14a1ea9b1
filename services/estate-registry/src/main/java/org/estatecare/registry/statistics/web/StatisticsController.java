package org.estatecare.registry.statistics.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.estatecare.kit.security.Caller;
import org.estatecare.registry.estate.EstateService;
import org.estatecare.registry.estate.StreetStatusCount;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "statistics", description = "Counts for dashboards")
@RestController
@RequestMapping("/api/estates/statistics")
class StatisticsController {

    private final EstateService estates;

    StatisticsController(EstateService estates) {
        this.estates = estates;
    }

    @Operation(summary = "Number of estates per street and status (only the caller's scope)")
    @GetMapping("/by-street-and-status")
    List<StreetStatusCount> byStreetAndStatus(Caller caller) {
        return estates.countByStreetAndStatus(caller);
    }
}
