/**
 * Complaint figures for a period, grouped by street, community, estate or category: what assessments
 * will use (R-ASM-2, R-ASM-4) — received, open, overdue, on-time rate, median time to resolve,
 * satisfaction. Computed within the caller's scope.
 */
package org.estatecare.complaints.statistics;
