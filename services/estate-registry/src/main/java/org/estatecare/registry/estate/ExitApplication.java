package org.estatecare.registry.estate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.estatecare.kit.domain.Implements;

/**
 * An application to exit the scheme (R-EXIT-1): who applies (the street office, or the property owner
 * named in {@code owner}), for which of the three reasons, on what evidence, from which proposed day.
 * The district approves it (the exit then takes effect on {@code decidedEffectiveDate}) or refuses it
 * with reasons; the applicant may withdraw it while it is pending. Each step is kept with who and when.
 */
@Implements("R-EXIT-1")
public record ExitApplication(ExitApplicationId id, ExitApplicant applicant, String owner, ExitReason reason,
                              LocalDate proposedEffectiveDate, List<String> documents, String note,
                              ExitApplicationStatus status, LocalDate decidedEffectiveDate, String refusalReasons,
                              List<Step> history) {

    /** One step of the application: filed, withdrawn, refused or approved, by whom and when. */
    public record Step(String action, Instant at, String actor, ExitApplicationStatus status, String note) {
    }

    public ExitApplication {
        documents = documents == null ? List.of() : List.copyOf(documents);
        history = history == null ? List.of() : List.copyOf(history);
    }

    static ExitApplication filed(String id, ExitApplicant applicant, String owner, ExitReason reason, LocalDate proposed,
                                 Decision decision, Instant now) {
        return new ExitApplication(ExitApplicationId.of(id), applicant, owner, reason, proposed, decision.documents(), decision.note(),
                ExitApplicationStatus.PENDING, null, null,
                List.of(new Step("filed", now, decision.actor(), ExitApplicationStatus.PENDING, decision.note())));
    }

    public boolean isPending() {
        return status == ExitApplicationStatus.PENDING;
    }

    ExitApplication withdrawn(Decision decision, Instant now) {
        return closed(ExitApplicationStatus.WITHDRAWN, "withdrawn", null, null, decision, now);
    }

    ExitApplication refused(String reasons, Decision decision, Instant now) {
        return closed(ExitApplicationStatus.REFUSED, "refused", null, reasons, decision, now);
    }

    ExitApplication approved(LocalDate effectiveDate, Decision decision, Instant now) {
        return closed(ExitApplicationStatus.APPROVED, "approved", effectiveDate, null, decision, now);
    }

    private ExitApplication closed(ExitApplicationStatus to, String action, LocalDate effectiveDate, String reasons,
                                   Decision decision, Instant now) {
        List<Step> steps = new ArrayList<>(history);
        steps.add(new Step(action, now, decision.actor(), to, reasons != null ? reasons : decision.note()));
        return new ExitApplication(id, applicant, owner, reason, proposedEffectiveDate, documents, note, to, effectiveDate,
                reasons, steps);
    }
}
