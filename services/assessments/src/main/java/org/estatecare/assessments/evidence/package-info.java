/**
 * The evidence an assessment takes from other services, learnt from their events only: complaint handling
 * ({@code complaints.v1}) and the quarterly reports ({@code agreements.v1}), against the scheme's due dates.
 */
package org.estatecare.assessments.evidence;
