/**
 * Contracts of topic {@code subsidies.v1}, produced by the subsidies service. An event about one estate
 * (a line computed, an adjustment raised, a subsidy stopped) is keyed by the estate id, so an estate's money
 * stays in order; an event about a whole allocation run (approved, disbursed) is keyed by the run id, as its
 * schema says. Amounts are CNY with two decimals; a share is {@code MUNICIPAL} or {@code DISTRICT} (R-SUB-1).
 */
package org.estatecare.events.subsidies;
