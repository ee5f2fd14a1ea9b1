package org.estatecare.complaints.routing;

import java.util.Objects;

import org.estatecare.kit.domain.Implements;

/**
 * One handler in a complaint's chain, with its deadlines: to acknowledge the complaint, and to resolve it
 * before it escalates to the next step; both in hours or both in working days ({@link Deadline}).
 *
 * @param department the department's code when {@code kind} is {@code DEPARTMENT}
 *                   (e.g. {@code city-management}, {@code housing}, {@code public-security}, {@code fire-rescue})
 * @param informs    a body told of the complaint the moment it reaches this step, in parallel with its handling
 *                   (R-CMP-2: the company reports violations at once to the residents' committee); null for none
 * @param unit       the maintenance unit that carries out a repair step for its handler: the unit bound by the
 *                   facility's warranty, or the one named to maintain it after (R-MAINT-1, R-MAINT-2); null for none
 */
@Implements("R-CMP-2")
public record Step(HandlerKind kind, String department, Deadline acknowledge, Deadline resolve, HandlerKind informs, String unit) {

    public Step {
        Objects.requireNonNull(kind, "kind");
        if ((kind == HandlerKind.DEPARTMENT) == (department == null || department.isBlank())) {
            throw new IllegalArgumentException("a department step names its department, and only it does");
        }
        if (acknowledge == null || resolve == null) {
            throw new IllegalArgumentException("a step has an acknowledge and a resolve deadline");
        }
        if (acknowledge.unit() != resolve.unit()) {
            throw new IllegalArgumentException("a step counts both deadlines in hours or both in working days");
        }
        if (resolve.amount() < 1 || acknowledge.exceeds(resolve)) {
            throw new IllegalArgumentException("deadlines: 0 ≤ acknowledge ≤ resolve, resolve ≥ 1");
        }
        if (informs == kind || informs == HandlerKind.SERVICE_COMPANY || informs == HandlerKind.DEPARTMENT) {
            throw new IllegalArgumentException("a step informs the residents' committee or the street office, not itself");
        }
        if (unit != null && (unit.isBlank() || kind != HandlerKind.STREET_OFFICE)) {
            throw new IllegalArgumentException("a maintenance unit carries out a street office's step, and has a name");
        }
    }

    public Step(HandlerKind kind, String department, Deadline acknowledge, Deadline resolve, HandlerKind informs) {
        this(kind, department, acknowledge, resolve, informs, null);
    }

    /** A step that informs nobody. */
    public static Step of(HandlerKind kind, String department, Deadline acknowledge, Deadline resolve) {
        return new Step(kind, department, acknowledge, resolve, null);
    }

    /** The same handler and deadlines, informing nobody. */
    Step quiet() {
        return informs == null ? this : new Step(kind, department, acknowledge, resolve, null, unit);
    }

    /** The street office's step with these deadlines, carried out by {@code unit}. */
    static Step throughUnit(String unit, Deadline acknowledge, Deadline resolve) {
        return new Step(HandlerKind.STREET_OFFICE, null, acknowledge, resolve, null, unit);
    }
}
