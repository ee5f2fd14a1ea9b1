package org.estatecare.complaints.routing;

import java.util.Objects;

/**
 * One handler in a complaint's chain, with its deadlines in working days: to acknowledge the
 * complaint, and to resolve it before it escalates to the next step.
 *
 * @param department the department's code when {@code kind} is {@code DEPARTMENT}
 *                   (e.g. {@code city-management}, {@code housing}, {@code public-security}, {@code fire-rescue})
 */
public record Step(HandlerKind kind, String department, int acknowledgeWorkingDays, int resolveWorkingDays) {

    public Step {
        Objects.requireNonNull(kind, "kind");
        if ((kind == HandlerKind.DEPARTMENT) == (department == null || department.isBlank())) {
            throw new IllegalArgumentException("a department step names its department, and only it does");
        }
        if (acknowledgeWorkingDays < 0 || resolveWorkingDays < 1 || acknowledgeWorkingDays > resolveWorkingDays) {
            throw new IllegalArgumentException("deadlines: 0 ≤ acknowledge ≤ resolve, resolve ≥ 1 working day");
        }
    }
}
