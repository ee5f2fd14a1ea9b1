package org.estatecare.registry.estate;

import java.util.List;
import org.estatecare.kit.domain.Implements;

/**
 * Who took a decision and on what evidence (R-TAKE-1: each step is recorded with date, actor and
 * documents): the acting user, the document references and a free note.
 */
@Implements("R-TAKE-1")
public record Decision(String actor, List<String> documents, String note) {

    public Decision {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("a decision has an actor");
        }
        documents = documents == null ? List.of() : List.copyOf(documents);
    }
}
