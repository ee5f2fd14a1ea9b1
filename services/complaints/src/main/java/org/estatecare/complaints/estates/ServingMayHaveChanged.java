package org.estatecare.complaints.estates;

/**
 * Something about who serves {@code estateId} was learnt (an exit, a mode change, an agreement ending):
 * its open complaints may have to leave the company.
 */
public record ServingMayHaveChanged(String estateId) {
}
