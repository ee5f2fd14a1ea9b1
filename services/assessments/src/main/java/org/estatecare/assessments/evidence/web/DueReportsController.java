package org.estatecare.assessments.evidence.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.estatecare.assessments.evidence.DueReports;
import org.estatecare.assessments.scheme.SchemeId;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.time.Quarter;
import org.estatecare.kit.web.InvalidParameterException;
import org.estatecare.kit.web.PageView;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "assessments", description = "Explainable period scores and grades of estates")
@RestController
class DueReportsController {

    static final String QUARTER = "^(20\\d\\d|2100)-Q[1-4]$";

    private final DueReports dueReports;

    DueReportsController(DueReports dueReports) {
        this.dueReports = dueReports;
    }

    @Operation(summary = "The quarterly reports a street's companies owe",
            description = "Each estate of the street in the scheme and served by a company at the quarter's end, with its "
                    + "fee publication (R-AGR-4) and subsidy-use report (R-AGR-3): due date by the scheme in force, the day "
                    + "made, and ON_TIME, LATE, MISSING (due date passed, nothing made) or NOT_DUE. For the street office "
                    + "(its own street) and the district.")
    @GetMapping("/api/assessments/due-reports")
    PageView<DueReportsView> dueReports(@RequestParam @NotNull @Pattern(regexp = SchemeId.STREET_CODE) String street,
                                                  @RequestParam @NotNull @Pattern(regexp = QUARTER) String quarter,
                                                  @ParameterObject Pageable page, Caller caller) {
        return PageView.of(dueReports.of(street, quarter(quarter), caller).stream().map(DueReportsView::of).toList(), page);
    }

    private static Quarter quarter(String text) {
        try {
            return Quarter.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("quarter", e.getMessage());
        }
    }
}
