package org.estatecare.complaints.estates;

import org.estatecare.events.ids.EstateId;

/**
 * Something about who serves {@code estate} was learnt (an exit, a mode change, an agreement ending):
 * its open complaints may have to leave the company.
 */
public record ServingMayHaveChanged(EstateId estate) {
}
