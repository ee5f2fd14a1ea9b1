package org.estatecare.agreements.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.estatecare.events.codes.AgreedDuty;
import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.domain.Violation;

/**
 * The four basic services every agreement must contain (R-AGR-1), each with its service standard
 * (R-AGR-5: the company keeps rules for each): gate duty, patrol, cleaning, parking management; and the company's
 * duties besides ({@link AgreedDuty}), as the checklist inspections check, some spelt out by the agreement.
 */
@Implements({"R-SCOPE-1", "R-AGR-1", "R-AGR-5"})
public record BasicServices(@Valid GateDuty gateDuty, @Valid Patrol patrol, @Valid Cleaning cleaning, @Valid Parking parking,
                            @Size(max = 9) List<@Valid @NotNull DutyTerms> duties) {

    public BasicServices(GateDuty gateDuty, Patrol patrol, Cleaning cleaning, Parking parking) {
        this(gateDuty, patrol, cleaning, parking, List.of());
    }

    /**
     * What the agreement says of one of the company's duties besides the standards (R-AGR-5), e.g. the hours the gate's
     * video surveillance is staffed; {@code terms} null where the agreement adds nothing to the duty as the policy states it.
     */
    public record DutyTerms(@NotNull AgreedDuty duty, @Size(max = 500) String terms) {
    }

    /**
     * The company's duties as the checklist an inspection checks (R-AGR-5): every duty, in the order of the codes, with
     * what this agreement says of it. Every agreement carries all of them; the agreement may spell some out.
     */
    @Override
    public List<DutyTerms> duties() {
        List<DutyTerms> given = duties == null ? List.of() : duties;
        return Arrays.stream(AgreedDuty.values()).map(duty -> given.stream().filter(d -> d.duty() == duty).findFirst()
                .orElse(new DutyTerms(duty, null))).toList();
    }

    /** Gate duty: hours staffed per day and posts (the gate's video surveillance is staffed, R-AGR-5). */
    public record GateDuty(@Min(0) @Max(24) int hoursPerDay, @Min(0) @Max(100) int posts) {
    }

    /** Security patrol rounds per day. */
    public record Patrol(@Min(0) @Max(48) int roundsPerDay) {
    }

    /** Cleaning: how often per week and what it covers (garbage sorting help, R-AGR-5). */
    public record Cleaning(@Min(0) @Max(50) int timesPerWeek, @Size(max = 500) String scope) {
    }

    /** Parking management: what it covers (parking lines, abandoned vehicles, R-AGR-5). */
    public record Parking(@Size(max = 500) String scope) {
    }

    /** Each basic service missing or without a usable standard, named (R-AGR-1); a duty spelt out twice (R-AGR-5). */
    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        if (duties != null) {
            Set<AgreedDuty> seen = EnumSet.noneOf(AgreedDuty.class);
            for (int i = 0; i < duties.size(); i++) {
                if (duties.get(i) != null && !seen.add(duties.get(i).duty())) {
                    violations.add(new Violation("R-AGR-5", "duty-twice", "the duty " + duties.get(i).duty().label()
                            + " is spelt out twice", "basicServices.duties[" + i + "]"));
                }
            }
        }
        if (gateDuty == null) {
            violations.add(missing("gateDuty", "gate duty"));
        } else if (gateDuty.hoursPerDay() < 1 || gateDuty.hoursPerDay() > 24 || gateDuty.posts() < 1) {
            violations.add(new Violation("R-AGR-1", "gate-duty-standard", "gate duty needs 1–24 hours a day and at least one post"));
        }
        if (patrol == null) {
            violations.add(missing("patrol", "patrol"));
        } else if (patrol.roundsPerDay() < 1) {
            violations.add(new Violation("R-AGR-1", "patrol-standard", "patrol needs at least one round a day"));
        }
        if (cleaning == null) {
            violations.add(missing("cleaning", "cleaning"));
        } else if (cleaning.timesPerWeek() < 1 || blank(cleaning.scope())) {
            violations.add(new Violation("R-AGR-1", "cleaning-standard", "cleaning needs a frequency (times a week) and a scope"));
        }
        if (parking == null) {
            violations.add(missing("parking", "parking management"));
        } else if (blank(parking.scope())) {
            violations.add(new Violation("R-AGR-1", "parking-standard", "parking management needs its scope"));
        }
        return violations;
    }

    private static Violation missing(String service, String name) {
        return new Violation("R-AGR-1", "missing-" + service, "the basic service '" + name + "' is missing");
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
