/**
 * Contracts of topic {@code complaints.v1}, produced by the complaints service, keyed by estate id
 * (all events of one estate stay in order); the working-day calendar's
 * yearly arrangement travels here too, keyed {@code calendar-<year>}. Complainants' personal data never travels here: only
 * whether the complainant is anonymous.
 */
package org.estatecare.events.complaints;
