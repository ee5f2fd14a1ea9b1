/**
 * The complaint aggregate: filed through a channel about an estate, routed along its district's chain
 * (R-CMP-1 … R-CMP-5), with working-day deadlines; acknowledged, escalated when dissuasion fails or a
 * deadline passes, resolved, closed with the complainant's satisfaction, or reopened within a window;
 * a repeat of an open complaint is linked to it instead of being routed again.
 */
package org.estatecare.complaints.complaint;
