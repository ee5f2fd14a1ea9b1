/**
 * The complaint aggregate: filed through a channel about an estate, routed along its district's chain
 * (R-CMP-1 … R-CMP-5) as the estate stood on the filing day, with deadlines in working days or clock
 * hours; acknowledged, escalated when dissuasion fails or a deadline passes, moved to the street office
 * when the company stops serving, resolved, closed with the complainant's satisfaction, or reopened
 * within a window; a repeat of an open complaint is linked to it instead of being routed again.
 */
package org.estatecare.complaints.complaint;
