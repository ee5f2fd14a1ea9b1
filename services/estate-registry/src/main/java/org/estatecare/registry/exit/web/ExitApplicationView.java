package org.estatecare.registry.exit.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.web.Coded;
import org.estatecare.registry.estate.Estate;
import org.estatecare.registry.estate.ExitApplication;
import org.estatecare.registry.estate.ExitApplicationId;

/**
 * An application to exit as the API shows it, with the estate it is about: who applies (and the owner
 * named for a property owner's application), the reason, evidence, proposed and decided effective dates,
 * the refusal's reasons, and each step with who took it and when.
 */
public record ExitApplicationView(ExitApplicationId id, EstateId estateId, String estateName, String street, String community,
                                  Coded applicant, String owner, Coded reason, LocalDate proposedEffectiveDate,
                                  List<String> documents, String note, Coded status, LocalDate decidedEffectiveDate,
                                  String refusalReasons, List<Step> history) {

    public record Step(String action, Instant at, String actor, Coded status, String note) {
    }

    static ExitApplicationView of(Estate estate, ExitApplication a) {
        return new ExitApplicationView(a.id(), estate.id(), estate.details().name(), estate.details().street(),
                estate.details().community(), Coded.of(a.applicant()), a.owner(), Coded.of(a.reason()),
                a.proposedEffectiveDate(), a.documents(), a.note(), Coded.of(a.status()), a.decidedEffectiveDate(),
                a.refusalReasons(), a.history().stream()
                        .map(s -> new Step(s.action(), s.at(), s.actor(), Coded.of(s.status()), s.note())).toList());
    }
}
