package org.estatecare.complaints.routing.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.estatecare.complaints.routing.Category;
import org.estatecare.complaints.routing.DutyDecision;
import org.estatecare.complaints.routing.DutyDecisionText;
import org.estatecare.complaints.routing.DutyDivision;
import org.estatecare.complaints.routing.DutyDivisionService;
import org.estatecare.complaints.routing.HandlerKind;
import org.estatecare.complaints.routing.Step;
import org.estatecare.kit.domain.NotFoundException;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.time.CalendarYear;
import org.estatecare.kit.web.Coded;
import org.estatecare.kit.web.InvalidParameterException;
import org.estatecare.kit.web.PageView;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "duty-divisions", description = "The district's division of complaint duties (职责分工, R-DUTY-1): dated decisions of who handles "
        + "which kind of complaint, in which order, with which deadlines. A complaint routes by the decision in force on its filing day.")
@RestController
@RequestMapping("/api/duty-divisions")
class DutyDivisionController {

    /** No control characters (NUL, line breaks) in labels and references. */
    private static final String PRINTABLE = "[^\\p{Cntrl}]*";
    private static final String VERSION = "[0-9A-Za-z][0-9A-Za-z._-]{0,31}";

    private final DutyDivisionService duties;

    DutyDivisionController(DutyDivisionService duties) {
        this.duties = duties;
    }

    @Operation(summary = "Every decision, the newest recorded first, with its standing today",
            description = "SCHEDULED (dated ahead), IN_FORCE (the one complaints route by today), SUPERSEDED, REVOKED. Pages with page/size, no sort.")
    @GetMapping
    PageView<DecisionView> list(@ParameterObject Pageable page) {
        DutyDivision division = duties.division();
        LocalDate today = duties.today();
        return PageView.of(division.decisions().stream().map(d -> DecisionView.of(d, division, today)).toList(), page);
    }

    @Operation(summary = "The decision in force on a day (today when no day is given)",
            description = "The one a complaint filed that day routes by.")
    @GetMapping("/in-force")
    DecisionView inForce(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        LocalDate day = on == null ? duties.today() : on;
        if (day.getYear() < CalendarYear.FIRST_YEAR || day.getYear() > CalendarYear.LAST_YEAR) {
            throw new InvalidParameterException("on", "a day from " + CalendarYear.FIRST_YEAR + " to " + CalendarYear.LAST_YEAR);
        }
        DutyDivision division = duties.division();
        DutyDecision decision = division.standingOn(day)
                .orElseThrow(() -> new NotFoundException("duty decision in force on", day.toString()));
        return DecisionView.of(decision, division, duties.today());
    }

    @GetMapping("/{version}")
    DecisionView get(@PathVariable @Pattern(regexp = VERSION) String version) {
        DutyDivision division = duties.division();
        DutyDecision decision = division.find(version).orElseThrow(() -> new NotFoundException("duty decision", version));
        return DecisionView.of(decision, division, duties.today());
    }

    @Operation(summary = "Record a decision of the district (district admin)",
            description = "Dated from tomorrow at the earliest and at most 12 months ahead; every category is assigned a chain "
                    + "(see /api/codes/complaints); deadlines read '2 working days' or '24 hours'. Never edited: a later decision supersedes it.")
    @PostMapping
    ResponseEntity<DecisionView> decide(@Valid @RequestBody DecisionRequest body, Caller caller) {
        DutyDivision division = duties.decide(body.toText(), caller);
        DutyDecision decision = division.find(body.version()).orElseThrow();
        return ResponseEntity.created(URI.create("/api/duty-divisions/" + URLEncoder.encode(decision.version(), StandardCharsets.UTF_8)))
                .body(DecisionView.of(decision, division, duties.today()));
    }

    @Operation(summary = "Revoke a decision not in force yet (district admin)", description = "With the reason. One in force is superseded instead.")
    @PostMapping("/{version}/revocation")
    DecisionView revoke(@PathVariable @Pattern(regexp = VERSION) String version, @Valid @RequestBody RevocationRequest body,
                        Caller caller) {
        DutyDivision division = duties.revoke(version, body.reason().strip(), caller);
        return DecisionView.of(division.find(version).orElseThrow(), division, duties.today());
    }

    record StepRequest(@NotNull HandlerKind kind, @Size(max = 40) @Pattern(regexp = "[a-z][a-z-]*") String department,
                       @NotBlank @Size(max = 30) String acknowledge, @NotBlank @Size(max = 30) String resolve, HandlerKind informs) {
    }

    record DecisionRequest(@NotBlank @Pattern(regexp = VERSION) String version, @NotNull LocalDate effectiveFrom,
                           @NotBlank @Size(max = 200) @Pattern(regexp = PRINTABLE) String reference,
                           @Size(max = 2000) String note,
                           @NotNull @NotEmpty Map<@NotNull Category, @NotNull @Size(min = 1, max = 8) List<@NotNull @Valid StepRequest>> chains) {

        DutyDecisionText toText() {
            Map<Category, List<DutyDecisionText.StepText>> texts = new EnumMap<>(Category.class);
            chains.forEach((category, steps) -> texts.put(category, steps.stream()
                    .map(s -> new DutyDecisionText.StepText(s.kind(), s.department(), s.acknowledge(), s.resolve(), s.informs())).toList()));
            return new DutyDecisionText(version, effectiveFrom, reference.strip(), note == null || note.isBlank() ? null : note.strip(), texts);
        }
    }

    record RevocationRequest(@NotBlank @Size(max = 500) String reason) {
    }

    record StepView(Coded kind, String department, String acknowledge, String resolve, Coded informs) {

        static StepView of(Step step) {
            return new StepView(Coded.of(step.kind()), step.department(), step.acknowledge().toString(), step.resolve().toString(),
                    step.informs() == null ? null : Coded.of(step.informs()));
        }
    }

    record RevocationView(String by, Instant at, String reason) {
    }

    /** A decision: its standing today, who recorded it when, and its chain per category (in the categories' order). */
    record DecisionView(String version, long number, LocalDate effectiveFrom, DutyDecision.Standing standing, String reference,
                        String note, String decidedBy, Instant recordedAt, RevocationView revoked,
                        Map<Category, List<StepView>> chains) {

        static DecisionView of(DutyDecision decision, DutyDivision division, LocalDate today) {
            Map<Category, List<StepView>> chains = new EnumMap<>(Category.class);
            decision.chains().forEach((category, steps) -> chains.put(category, steps.stream().map(StepView::of).toList()));
            var revoked = decision.revoked();
            return new DecisionView(decision.version(), decision.number(), decision.effectiveFrom(),
                    division.standingOf(decision, today), decision.reference(), decision.note(), decision.decidedBy(),
                    decision.recordedAt(), revoked == null ? null : new RevocationView(revoked.by(), revoked.at(), revoked.reason()),
                    chains);
        }
    }
}
